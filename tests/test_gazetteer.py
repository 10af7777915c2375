"""The gazetteer: Arabic clitics and normalisation, English case, surnames, user-added actors."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtracker.config import DATA_DIR
from claimtracker.errors import InputError
from claimtracker.extract.gazetteer import ActorHit, Gazetteer


def ids(hits: list[ActorHit]) -> list[str]:
    return [h.actor.actor_id for h in hits]


def test_data_files_are_broad(gaz):
    actors = gaz.all_actors()
    assert len(actors) >= 400
    kinds = {a.kind for a in actors}
    assert kinds == {"person", "org"}
    countries = {a.country for a in actors}
    for code in ("SY", "RU", "US", "IL", "IR", "TR", "SA", "EG", "DZ", "MA", "CN", "IN", "VE", "NG"):
        assert code in countries
    assert None in countries  # international officials and organisations


@pytest.mark.parametrize(
    "actor_id, name, country",
    [
        ("vladimir-putin", "Vladimir Putin", "RU"),
        ("ahmed-al-sharaa", "Ahmed al-Sharaa", "SY"),
        ("asaad-al-shaibani", "Asaad al-Shaibani", "SY"),
        ("murhaf-abu-qasra", "Murhaf Abu Qasra", "SY"),
        ("hussein-salama", "Hussein Salama", "SY"),
        ("sergey-lavrov", "Sergey Lavrov", "RU"),
        ("andrei-belousov", "Andrei Belousov", "RU"),
        ("alexander-novak", "Alexander Novak", "RU"),
        ("yuri-ushakov", "Yuri Ushakov", "RU"),
        ("mohammed-shia-al-sudani", "Mohammed Shia al-Sudani", "IQ"),
        ("dmitry-peskov", "Dmitry Peskov", "RU"),
        ("arab-league", "Arab League", None),
        ("kremlin", "Kremlin", "RU"),
    ],
)
def test_founding_people_are_known(gaz, actor_id, name, country):
    ref = gaz.actor(actor_id)
    assert ref is not None
    assert (ref.name, ref.country) == (name, country)
    assert ref.name_ar


def test_arabic_clitics_attach_to_names(gaz):
    text = "التقى لبوتين ثم والشرع وبيلاوسوف بالكرملين للشرع"
    hits = gaz.find_actors(text, "ar")
    assert ids(hits) == ["vladimir-putin", "ahmed-al-sharaa", "andrei-belousov", "kremlin", "ahmed-al-sharaa"]
    assert [text[h.start:h.end] for h in hits] == ["لبوتين", "والشرع", "وبيلاوسوف", "بالكرملين", "للشرع"]


def test_arabic_normalisation_keeps_original_offsets(gaz):
    # diacritics, tatweel and hamza forms differ from the data file; offsets stay on the original
    text = "قال الرئيسُ السوريّ أحـمد الشَّرع إن اللقاء مع ﻻفروف ممكن، وقال الجولانى ذلك"
    hits = gaz.find_actors(text, "ar")
    assert "ahmed-al-sharaa" in ids(hits)
    first = next(h for h in hits if h.actor.actor_id == "ahmed-al-sharaa")
    assert text[first.start:first.end] == "أحـمد الشَّرع"
    assert text[hits[-1].start:hits[-1].end] == "الجولانى"


def test_arabic_article_must_match(gaz):
    # حماس (Hamas) is not الحماس (the enthusiasm); شرع (began) is not الشرع
    assert gaz.find_actors("أبدى الجمهور الحماس الكبير وشرع في العمل", "ar") == []
    assert ids(gaz.find_actors("قالت حماس إن الوفد وصل", "ar")) == ["hamas"]


def test_no_hits_inside_other_words(gaz):
    assert gaz.find_actors("The Putinesque style and unputin words", "en") == []
    assert gaz.find_actors("بوتينية الطابع", "ar") == []


def test_english_case_sensitivity(gaz):
    text = "David Hale arrived. Hale said the hale and hearty envoy would stay."
    hits = gaz.find_actors(text, "en")
    assert [text[h.start:h.end] for h in hits] == ["David Hale", "Hale"]
    assert "shinzo-abe" not in ids(gaz.find_actors("the abe of the matter", "en"))


def test_common_word_surname_needs_a_title(gaz):
    text = "Theresa May spoke in London. Talks resume in May."
    hits = gaz.find_actors(text, "en")
    assert [text[h.start:h.end] for h in hits] == ["Theresa May"]
    assert ids(gaz.find_actors("Prime Minister May said", "en")) == ["theresa-may"]


def test_surname_only_when_unambiguous(gaz):
    assert ids(gaz.find_actors("Putin and Erdogan spoke by phone.", "en")) == ["vladimir-putin", "recep-tayyip-erdogan"]
    # two Khalils: a bare "Khalil" names neither unless one of them is named in full
    assert ids(gaz.find_actors("Khalil spoke to reporters.", "en")) == []
    text = "Ali Hassan Khalil met Berri. Later Khalil said"
    assert ids(gaz.find_actors(text, "en"))[-1] == "ali-hassan-khalil"


def test_arabic_bare_surname_rules(gaz):
    # a nisba surname stands alone; a surname that is an everyday word needs a title
    assert ids(gaz.find_actors("وصل الشيباني إلى موسكو", "ar")) == ["asaad-al-shaibani"]
    assert gaz.find_actors("من أجل سلامة المواطنين", "ar") == []
    text = "رافقه مدير الاستخبارات حسين سلامة. وقال المدير سلامة إن سلامة الوفد مضمونة"
    hits = gaz.find_actors(text, "ar")
    assert [text[h.start:h.end] for h in hits] == ["حسين سلامة", "سلامة"]


def test_same_name_resolved_by_country_in_text(gaz):
    hits = gaz.find_actors("In Israel, the Labour Party said it would join.", "en")
    assert [h.actor.country for h in hits] == ["IL"]


def test_user_extra_actors_extend_and_override(tmp_path):
    extra = [
        {"actor_id": "gerardo-blyde", "name": "Gerardo Blyde Pérez", "name_ar": "جيراردو بلايدي",
         "kind": "person", "country": "VE", "aliases": ["Blyde", "بلايدي"]},
        {"actor_id": "zed-new-envoy", "name": "Zed Quorn", "name_ar": "زد كورن", "kind": "person",
         "country": "GB", "aliases": ["كورن"]},
    ]
    gaz = Gazetteer.load(DATA_DIR, extra_actors=extra)
    assert gaz.actor("gerardo-blyde").name == "Gerardo Blyde Pérez"
    hits = gaz.find_actors("Zed Quorn met Blyde.", "en")
    assert ids(hits) == ["zed-new-envoy", "gerardo-blyde"]
    assert ids(gaz.find_actors("التقى وكورن مع بلايدي", "ar")) == ["zed-new-envoy", "gerardo-blyde"]
    # the shared cached instance without extras is untouched
    assert Gazetteer.load().actor("zed-new-envoy") is None


def test_user_data_file_is_picked_up(tmp_path):
    gdir = tmp_path / "gazetteer"
    gdir.mkdir()
    for name in ("countries.json", "titles_ar.json", "titles_en.json", "translit_ar.json"):
        (gdir / name).write_text((DATA_DIR / "gazetteer" / name).read_text(encoding="utf-8"), encoding="utf-8")
    (gdir / "actors_local.json").write_text(json.dumps([
        {"id": "mayor-x", "name": "Quintus Example", "name_ar": "كوينتوس إكزامبل", "kind": "person",
         "country": "LB", "aliases_en": ["Mayor Q"], "aliases_ar": []}
    ]), encoding="utf-8")
    gaz = Gazetteer.load(tmp_path)
    assert ids(gaz.find_actors("Mayor Q said.", "en")) == ["mayor-x"]


def test_bad_data_file_is_a_clear_error(tmp_path):
    gdir = tmp_path / "gazetteer"
    gdir.mkdir()
    (gdir / "actors_bad.json").write_text("[{", encoding="utf-8")
    with pytest.raises(InputError, match="actors_bad.json"):
        Gazetteer.load(tmp_path)


def test_country_hits_with_actor_countries_apart(gaz):
    text = "قال رئيس الوزراء العراقي محمد شياع السوداني إن بغداد ترحب"
    hits = gaz.find_countries(text, "ar")
    vias = sorted({(h.code, h.via) for h in hits})
    assert vias == [("IQ", "actor"), ("IQ", "adjective"), ("IQ", "capital")]
    # السوداني inside the Iraqi prime minister's name is not Sudan
    assert all(h.code != "SD" for h in hits)


def test_country_actor(gaz):
    ref = gaz.country_actor("RU")
    assert (ref.name, ref.kind, ref.country, ref.name_ar) == ("Russia", "country", "RU", "روسيا")


def test_empty_and_odd_text(gaz):
    assert gaz.find_actors("", "ar") == []
    assert gaz.find_countries("", "en") == []
    assert gaz.find_actors("\u200f\u0640\u064b ...", "ar") == []


def test_affiliation_in_a_title_is_not_a_second_actor(gaz):
    text = "وقال المتحدث باسم الكرملين دميتري بيسكوف إن القمة ممكنة"
    assert ids(gaz.find_actors(text, "ar")) == ["dmitry-peskov"]
    text = "Kremlin spokesman Dmitry Peskov said a summit was possible."
    assert ids(gaz.find_actors(text, "en")) == ["dmitry-peskov"]
    # an organisation joined to a person by "and" is an actor of its own
    text = "It agreed with the Kremlin and Foreign Minister Sergey Lavrov."
    assert ids(gaz.find_actors(text, "en")) == ["kremlin", "sergey-lavrov"]


def test_kremlin_as_a_place_is_not_an_actor(gaz):
    assert gaz.find_actors("عقدت لقاءات رفيعة في الكرملين", "ar") == []
    assert gaz.find_actors("Talks were held in the Kremlin on Monday.", "en") == []
    assert ids(gaz.find_actors("The Kremlin said talks would go on.", "en")) == ["kremlin"]


def test_titled_person_spelled_differently_is_the_known_actor(gaz):
    text = '"We are ready," Iranian Foreign Minister Abbas Araqchi told state TV.'
    hits = gaz.find_actors(text, "en")
    assert ids(hits) == ["abbas-araghchi"]
    assert text[hits[0].start:hits[0].end] == "Abbas Araqchi"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300),
       st.sampled_from(["ar", "en"]))
def test_never_crashes_and_offsets_stay_inside(text, lang):
    gaz = Gazetteer.load()
    for hit in gaz.find_actors(text, lang):
        assert 0 <= hit.start < hit.end <= len(text)
    for hit in gaz.find_countries(text, lang):
        assert 0 <= hit.start < hit.end <= len(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(
    ["وقال", "الرئيس", "السوري", "أحمد", "الشرع", "وزير", "الخارجية", "لبوتين", "،", ".", "ّ", "ـ",
     "President", "Putin", "said", "Syria", "\n", " ", "عبدالله", "في", "موسكو", "Kremlin", "(", "X"]),
    max_size=40))
def test_name_soup_keeps_offsets_valid(words):
    text = " ".join(words)
    gaz = Gazetteer.load()
    for lang in ("ar", "en"):
        for hit in gaz.find_actors(text, lang) + gaz.find_countries(text, lang):
            assert 0 <= hit.start < hit.end <= len(text)
            assert text[hit.start:hit.end].strip() == text[hit.start:hit.end]


def test_one_word_name_inside_another_persons_name(gaz):
    # Robert Dujarric (an analyst) is not Stephane Dujarric; Hafez al-Assad is not Bashar
    assert "stephane-dujarric" not in ids(gaz.find_actors("said Robert Dujarric, a professor.", "en"))
    assert "bashar-al-assad" not in ids(gaz.find_actors("في عهد الرئيس الراحل حافظ الأسد", "ar"))
    # a shortened form of the actor's own name still counts
    assert ids(gaz.find_actors("قال رجب أردوغان", "ar")) == ["recep-tayyip-erdogan"]
    assert ids(gaz.find_actors("Tayyip Erdogan said", "en")) == ["recep-tayyip-erdogan"]
    assert ids(gaz.find_actors("Recep Erdogan said", "en")) == ["recep-tayyip-erdogan"]


# --- the phrase index behind actors, countries and titles -------------------------------------

_CLITIC_SOUP = st.text(alphabet="وفبلكالشرعي", min_size=1, max_size=9)


@settings(max_examples=300, deadline=None)
@given(_CLITIC_SOUP)
def test_words_that_may_start_a_phrase_are_read_as_its_first_word(word):
    # the index precomputes the clitic forms of each first word; they must be exactly the words
    # whose readings (surface_ar) include it
    from claimtracker.extract.names_index import NameIndex
    from claimtracker.extract.phrases import phrase_tokens, surface_ar

    phrases = ["الشرع", "شرع", "الله", "لبنان", "ال", "عي", "الي", "كلب", "الشرع الله"]
    index = NameIndex("ar")
    for p in phrases:
        index.add(p, p)
    firsts = {phrase_tokens(p, "ar")[0] for p in phrases}
    assert index.may_start(word) == any(f in firsts for f in surface_ar(word))


def test_equally_long_phrases_tie_to_the_reading_with_fewest_clitics():
    from claimtracker.extract.names_index import NameIndex
    from claimtracker.extract.phrases import tokenize

    def find(index, text):
        tokens = tokenize(text, "ar")
        return index.find(text, tokens, [t.text for t in tokens], list(range(len(tokens))))

    index = NameIndex("ar")
    index.add("رايس", "rice")
    index.add("برايس", "price")
    (m,) = find(index, "قال وبرايس")
    assert m.payloads == ("price",)  # و + برايس, not و + ب + رايس, whatever the hash seed
    index.add("رايس قال", "longer")
    (m,) = find(index, "وبرايس قال")
    assert m.payloads == ("longer",) and (m.i, m.j) == (0, 2)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(
    ["وقال", "الرئيس", "السوري", "أحمد", "الشرع", "وزير", "الخارجية", "لبوتين", "،", ".", "The", "Gambia",
     "President", "Putin", "said", "Syria", "عبدالله", "في", "موسكو", "Kremlin", "Foreign", "Minister", ", ",
     "محمد", "حسن", "Jane", "Kowalski", "Sergei", "Lavrov", "للشرع", "وبالرياض"]), max_size=40))
def test_scans_given_every_position_find_what_they_find_alone(words):
    # the gazetteer hands the scans the positions worth looking at; any superset must do
    from claimtracker.extract.phrases import tokenize

    text = " ".join(words)
    gaz = Gazetteer.load()
    for lang in ("ar", "en"):
        tokens = tokenize(text, lang)
        texts = [t.text for t in tokens]
        everywhere = list(range(len(tokens)))
        assert gaz.countries.find(text, lang, tokens) == gaz.countries.find(text, lang, tokens, texts, everywhere)
        args = (text, lang, tokens, gaz.countries.find(text, lang, tokens), [])
        assert gaz.titles.find(*args) == gaz.titles.find(*args, words=texts, at=everywhere)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="عبدالله مُحَمَّدـ ٌّJesúsAb1-.،", max_size=60))
def test_arabic_tokens_are_the_words_tokens_in_place(text):
    import re

    from claimtracker.extract.phrases import _AR_WORD, _norm_word, tokenize

    expected = [(w, m.start() + s, m.start() + e) for m in re.finditer(_AR_WORD, text)
                for w, s, e in _norm_word(m.group())]
    assert [tuple(t) for t in tokenize(text, "ar")] == expected
