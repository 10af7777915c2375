"""A country's nisba after a title is the title's adjective, not a surname alias, unless the text
named the person in full.

Every sentence here is written for this file (invented events).
"""

from __future__ import annotations

from datetime import date

from claimtracker.extract import Resources, extract

PUBLISHED = date(2026, 3, 1)


def _actors(text: str) -> set[str]:
    ex = extract(text, published=PUBLISHED, lang="ar", resources=Resources.load())
    return {a.name for a in ex.actors}


def test_a_country_nisba_after_a_title_is_no_surname():
    # «السوداني» is the surname of an Iraqi prime minister in the gazetteer; here it says "Sudanese"
    actors = _actors("وقال رئيس الوزراء السوداني إن حكومته ستنقل الوزارات إلى الخرطوم الشهر المقبل.")
    assert "Mohammed Shia al-Sudani" not in actors


def test_the_surname_still_stands_once_the_person_is_named_in_full():
    text = ("وقال رئيس الوزراء العراقي محمد شياع السوداني إن الموازنة ستقر في مايو. "
            "وأضاف رئيس الوزراء السوداني أن الحكومة ستطلق مشروع الميناء الشهر المقبل.")
    assert "Mohammed Shia al-Sudani" in _actors(text)


def test_what_a_title_holder_holds_is_no_name():
    # the accusative noun after «يعقد وزير ...» is what he holds, not his name
    for text in ("ومن المنتظر أن يعقد وزير الاقتصاد مؤتمرا صحافيا بعد غد لشرح خطة الدعم.",
                 "وسيعقد محافظ البنك اجتماعا موسعا مع المصارف الأسبوع المقبل."):
        actors = _actors(text)
        assert not any(name.startswith(("Moutamar", "Mutamar", "Ijtima", "Ejtema")) for name in actors), actors


def test_a_given_name_before_a_tribal_surname_is_a_name():
    # «حيدر» is a given name: the analyst is a person of his own, not a minister sharing the surname
    actors = _actors("وقال المحلل السياسي حيدر الكناني إن البرلمان سيصوت على القانون في نوفمبر.")
    assert any(name.startswith("Haid") for name in actors), actors


def test_turkish_names_in_their_other_arabic_spellings():
    actors = _actors("وأكد حقان فيدان ووزير الدفاع ياشار غولر أن أنقرة ستستضيف الاجتماع الشهر المقبل.")
    assert {"Hakan Fidan", "Yasar Guler"} <= actors, actors


def test_a_curly_apostrophe_inside_a_country_name():
    ex = extract("Cote d’Ivoire will hold a presidential election in October.", published=PUBLISHED,
                 lang="en", resources=Resources.load())
    assert "CI" in ex.countries


def test_the_iranian_parliament_by_its_english_description():
    ex = extract("The Iranian parliament will vote on the fuel budget next week.", published=PUBLISHED,
                 lang="en", resources=Resources.load())
    assert "Islamic Consultative Assembly" in {a.name for a in ex.actors}
