"""Session 35, gazetteer data: more office holders and leaders of the Arab states in 2025-2026
(`data/gazetteer/actors_session35_people_arab.json`): ministers, speakers, judges, governors,
spokesmen, party and armed-group leaders the older files lacked, with the English wire spelling
and the Arabic press spelling.

- each person is found by the English spelling after a title, with the country;
- in Arabic by the press spelling, also with a clitic on the name («وليحيى رسول»);
- everyday words that are also nisba surnames («القدرة», «الهندي», «الصافي») stay no actor: the people
  who bear them were left out of the file;
- no row repeats an older file's id.

Every sentence here is written for this file.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from claimtracker.extract import Resources, extract

_DIR = Path(__file__).resolve().parents[1] / "data" / "gazetteer"
_FILE = _DIR / "actors_session35_people_arab.json"
_ROWS = json.loads(_FILE.read_text(encoding="utf-8"))
_NAMES = {row["name"] for row in _ROWS}


def _actors(text: str, lang: str) -> list[tuple[str, str | None]]:
    head = "Headline\n\n" if lang == "en" else "عنوان\n\n"
    ex = extract(head + text, published=date(2026, 1, 10), lang=lang, resources=Resources.load())
    return [(a.name, a.country) for a in ex.actors]


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        ("Iraq's top judge Faiq Zaidan met the UN envoy on Monday.", "en", ("Faiq Zaidan", "IQ")),
        ("Kirkuk Governor Rebwar Taha said the provincial budget was delayed.", "en", ("Rebwar Taha", "IQ")),
        ("Lebanese lawmaker Paula Yacoubian said the reform bill fell short.", "en", ("Paula Yacoubian", "LB")),
        ("Sudan's Foreign Minister Mohieldin Salem welcomed the proposal.", "en", ("Mohieldin Salem", "SD")),
        ("أعلن محافظ كركوك ريبوار طه أن المحافظة ستستقبل الوفد.", "ar", ("Rebwar Taha", "IQ")),
        ("وقال المتحدث باسم القائد العام يحيى رسول إن العملية انتهت.", "ar", ("Yahya Rasool", "IQ")),
        ("وقال السفير عمر هلال للصحفيين إن المفاوضات مستمرة.", "ar", ("Omar Hilale", "MA")),
        ("صرح وزير الخارجية السوداني محيي الدين سالم بأن الحكومة ترحب بالمبادرة.", "ar", ("Mohieldin Salem", "SD")),
        ("وقال الطاهر حجر إن قواته لن تنسحب من مواقعها.", "ar", ("Al-Tahir Hajar", "SD")),
        ("وقالت النائبة بولا يعقوبيان إن الحكومة تأخرت في الإصلاح.", "ar", ("Paula Yacoubian", "LB")),
        # clitics on the name
        ("واستقبل الوفد وفائق زيدان في بغداد أمس.", "ar", ("Faiq Zaidan", "IQ")),
        ("ونقلت الوكالة عن المتحدث وليحيى رسول تصريحا جديدا.", "ar", ("Yahya Rasool", "IQ")),
    ],
)
def test_person_found(text, lang, actor):
    assert actor[0] in _NAMES
    assert actor in _actors(text, lang)


def test_everyday_words_stay_no_person():
    text = "كان الطقس صافيا والقدرة الشرائية ضعيفة، وزار الطباخ الهندي المطاعم، وبقي الدخيل محجوبا عن الأنظار."
    assert not [a for a in _actors(text, "ar") if a[0] in _NAMES]


def test_rows_are_well_formed_and_new():
    older = set()
    for path in _DIR.glob("actors*.json"):
        if path.name != _FILE.name:
            older |= {row.get("id") for row in json.loads(path.read_text(encoding="utf-8"))}
    ids = [row["id"] for row in _ROWS]
    assert len(ids) == len(set(ids))
    assert not set(ids) & older
    for row in _ROWS:
        assert row["kind"] == "person" and row["name_ar"]
        assert len(row["aliases_en"]) <= 4 and len(row["aliases_ar"]) <= 3
