"""Office holders added in the tenth session (actors_session10_people.json): found in both
languages with their canonical name and country, through clitics and titles; no alias of the file
is another actor's; the loader keeps every row; surnames that are everyday words stay quiet."""

from __future__ import annotations

import json

import pytest

from claimtracker.config import DATA_DIR
from claimtracker.extract.gazetteer import ActorHit, Gazetteer
from claimtracker.extract.gazetteer_data import script
from claimtracker.extract.phrases import phrase_tokens, slugify

FILE = "actors_session10_people.json"



def ids(hits: list[ActorHit]) -> list[str]:
    return [h.actor.actor_id for h in hits]


def found(gaz: Gazetteer, text: str, lang: str, actor_id: str) -> ActorHit:
    hits = [h for h in gaz.find_actors(text, lang) if h.actor.actor_id == actor_id]
    assert hits, (actor_id, ids(gaz.find_actors(text, lang)))
    return hits[0]


@pytest.mark.parametrize("text, actor_id, name, country", [
    ("Turkey's defence industry chief Haluk Gorgun said the jets could be delivered by 2028.",
     "haluk-gorgun", "Haluk Gorgun", "TR"),
    ("Speaking in Ankara, Haluk Görgün said exports may double.", "haluk-gorgun", "Haluk Gorgun", "TR"),
    ("Kuwaiti Oil Minister Tareq al-Roumi expects prices to hold near current levels.",
     "tareq-al-roumi", "Tareq al-Roumi", "KW"),
    ("PIF governor Yasir al-Rumayyan said the fund would cut its foreign stakes.",
     "yasir-al-rumayyan", "Yasir al-Rumayyan", "SA"),
    ("Former central bank chief Sadiq al-Kabir warned the dinar could slide.", "sadiq-al-kabir", "Sadiq al-Kabir", "LY"),
    ("IMF first deputy managing director Gita Gopinath may visit Cairo in the spring.",
     "gita-gopinath", "Gita Gopinath", None),
    ("Energy Secretary Chris Wright is expected to announce new export permits.", "chris-wright", "Chris Wright", "US"),
    ("Prime Minister James Marape's government could fall next month.", "james-marape", "James Marape", "PG"),
    ("Sonatrach's chief executive Rachid Hachichi said output would rise.", "rachid-hachichi", "Rachid Hachichi", "DZ"),
])
def test_office_holders_found_in_english(gaz, text, actor_id, name, country):
    ref = found(gaz, text, "en", actor_id).actor
    assert (ref.name, ref.country) == (name, country)


@pytest.mark.parametrize("text, actor_id, name, country", [
    # the spellings Arab outlets give a Turkish name, both of which must land on one person
    ("وقال رئيس الصناعات الدفاعية التركية خلوق غورغون إن التسليم قد يبدأ العام المقبل", "haluk-gorgun", "Haluk Gorgun", "TR"),
    ("ويتوقع هالوك غورغون أن ترتفع الصادرات", "haluk-gorgun", "Haluk Gorgun", "TR"),
    ("وأكد محافظ الهيئة العامة للصناعات العسكرية أحمد العوهلي أن التوطين سيتسارع", "ahmed-al-ohali", "Ahmed al-Ohali", "SA"),
    ("قال وزير الطاقة التركي ألب أرسلان بيرقدار إن خط الغاز قد يُمدّد", "alparslan-bayraktar", "Alparslan Bayraktar", "TR"),
    ("ورجّح رئيس البرلمان التركي نعمان قورتولموش أن يُقرّ القانون", "numan-kurtulmus", "Numan Kurtulmus", "TR"),
    ("وتوقعت وزيرة المالية نورة الفصام عجزاً أقل", "noura-al-fassam", "Noura al-Fassam", "KW"),
    ("وقال رئيس الأركان اليمني صغير بن عزيز إن الهجوم قد يتجدد", "sagheer-bin-aziz", "Sagheer bin Aziz", "YE"),
])
def test_office_holders_found_in_arabic(gaz, text, actor_id, name, country):
    ref = found(gaz, text, "ar", actor_id).actor
    assert (ref.name, ref.country) == (name, country)


def test_clitic_surnames_after_the_full_name(gaz):
    # the full name once, then the bare surname with a clitic: «وغورغون», «لقورتولموش», «والعوهلي»
    text = ("التقى خلوق غورغون نظيره أحمد العوهلي بحضور نعمان قورتولموش، "
            "وقال إن الاتفاق بين الجانبين سيُوقّع قريباً وغورغون والعوهلي متفقان، وأُرسلت الدعوة لقورتولموش")
    hits = gaz.find_actors(text, "ar")
    surfaces = {text[h.start:h.end]: h.actor.actor_id for h in hits}
    assert surfaces.get("وغورغون") == "haluk-gorgun"
    assert surfaces.get("والعوهلي") == "ahmed-al-ohali"
    assert surfaces.get("لقورتولموش") == "numan-kurtulmus"


def test_title_before_a_bare_surname(gaz):
    assert "stephen-miran" in ids(gaz.find_actors("Fed Governor Miran dissented again, arguing for a deeper cut.", "en"))
    assert "ahmed-ghaleb-al-maabqi" in ids(gaz.find_actors("وقال المحافظ المعبقي إن الريال قد يستقر", "ar"))


@pytest.mark.parametrize("text, lang", [
    ("وأكد أن المشروع الكبير سيكتمل العام المقبل", "ar"),  # al-Kabir's surname is an adjective
    ("وشدد على حصرية السلاح بيد الدولة", "ar"),  # Husrieh is written without the article
    ("وقال مسؤول إيراني إن طهران سترد", "ar"),
    ("Sheikh Tamim will travel to Paris next week.", "en"),
    ("Kim Jong Un oversaw the launch.", "en"),
    ("The Cook Islands signed the pact, officials said.", "en"),
])
def test_everyday_words_name_no_new_person(gaz, text, lang):
    rows = json.loads((DATA_DIR / "gazetteer" / FILE).read_text(encoding="utf-8"))
    new = {r["id"] for r in rows}
    assert not new & set(ids(gaz.find_actors(text, lang)))


def _key(alias: str) -> tuple[str, tuple[str, ...]]:
    lang = script(alias)
    if lang == "en" and alias[:4].lower() == "the ":
        alias = alias[4:]
    return lang, tuple(t.lower() for t in phrase_tokens(alias, lang))


def _strong(row: dict) -> list[str]:
    return [row["name"], *([row["name_ar"]] if row.get("name_ar") else []),
            *row.get("aliases_en", []), *row.get("aliases_ar", [])]


def test_no_new_id_or_alias_collides():
    ours = json.loads((DATA_DIR / "gazetteer" / FILE).read_text(encoding="utf-8"))
    others: dict[tuple, set[str]] = {}
    other_ids: set[str] = set()
    for path in sorted((DATA_DIR / "gazetteer").glob("actors*.json")):
        if path.name == FILE:
            continue
        for row in json.loads(path.read_text(encoding="utf-8")):
            rid = row.get("id") or slugify(row["name"])
            other_ids.add(rid)
            for alias in _strong(row):
                others.setdefault(_key(alias), set()).add(rid)
    assert len(ours) >= 300
    own: dict[tuple, str] = {}
    for row in ours:
        assert row["kind"] == "person" and row["name_ar"]
        assert row["id"] not in other_ids, row["id"]  # a later file's row would replace the earlier one
        for alias in _strong(row):
            key = _key(alias)
            assert key not in others, (row["id"], alias, others.get(key))
            assert own.setdefault(key, row["id"]) == row["id"], (alias, own[key], row["id"])


def test_loader_keeps_every_row(gaz):
    rows = json.loads((DATA_DIR / "gazetteer" / FILE).read_text(encoding="utf-8"))
    for row in rows:
        ref = gaz.actor(row["id"])
        assert ref is not None, row["id"]
        assert (ref.name, ref.country, ref.name_ar) == (row["name"], row["country"], row["name_ar"])
