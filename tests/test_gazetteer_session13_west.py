"""Session 13, gazetteer data: parties and legislatures of Europe, the Americas and Oceania
(`data/gazetteer/actors_session13_parties_west.json`).

- parties by their English name, their native name and their acronym (an acronym only where the
  party's country is named), in English and, for the main parties of the bigger states, in Arabic;
- names made of generic words ("Socialist Party", "People's Party") take the country the text names;
- national legislatures by their native name or "<adjective> parliament";
- everyday words stay no actor: a sentence-initial "Liberals", "Moderates", "More", "Republika"
  inside "Republika Srpska", "Democrat Party" in US speech.

Every sentence here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import article_actors


def _actors(text: str, lang: str) -> list[tuple[str, str | None]]:
    return article_actors(text, lang, date(2026, 1, 10))


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # English name, native name, acronym with the country named
        ("Fianna Fail and Fine Gael agreed to renew their coalition in Dublin on Tuesday.", ("Fianna Fail", "IE")),
        ("Fianna Fail and Fine Gael agreed to renew their coalition in Dublin on Tuesday.", ("Fine Gael", "IE")),
        ("Peter Magyar's Tisza party widened its lead over Fidesz before the Hungarian vote.", ("Tisza", "HU")),
        ("The far-right Vox and the left-wing Podemos clashed in the Spanish parliament.", ("Vox", "ES")),
        ("The far-right Vox and the left-wing Podemos clashed in the Spanish parliament.", ("Podemos", "ES")),
        ("The PP said it would vote against the budget in Spain.", ("People's Party", "ES")),
        ("In Canada, the NDP lost official party status after the vote.", ("New Democratic Party", "CA")),
        ("Austria's OVP and SPO agreed a programme with NEOS.", ("Austrian People's Party", "AT")),
        ("Austria's OVP and SPO agreed a programme with NEOS.", ("NEOS", "AT")),
        ("Germany's CSU leader said the Free Democratic Party had failed.", ("Christian Social Union", "DE")),
        ("The Five Star Movement said it would back the motion in Rome.", ("Five Star Movement", "IT")),
        ("D66 became the largest party in the Netherlands, ahead of the VVD.", ("D66", "NL")),
        ("D66 became the largest party in the Netherlands, ahead of the VVD.",
         ("People's Party for Freedom and Democracy", "NL")),
        ("The ANO movement of Andrej Babis won the Czech election.", ("ANO", "CZ")),
        ("GERB and the Movement for Rights and Freedoms met in Sofia.", ("GERB", "BG")),
        ("Sweden's Moderate Party and the Sweden Democrats kept their pact.", ("Moderate Party", "SE")),
        ("The Finns Party and the National Coalition Party agreed in Helsinki.", ("Finns Party", "FI")),
        ("Vetevendosje won the most seats in Kosovo's election.", ("Vetevendosje", "XK")),
        ("The Communist Party of the Russian Federation and LDPR backed the bill.",
         ("Communist Party of the Russian Federation", "RU")),
        ("Fuerza del Pueblo accused the government of the Dominican Republic.", ("People's Force", "DO")),
        ("Brazil's MDB and Uniao Brasil joined the coalition.", ("Brazilian Democratic Movement", "BR")),
        ("The Colorado Party has ruled Paraguay for most of the past 75 years.", ("Colorado Party", "PY")),
        ("The Australian Greens and Pauline Hanson's One Nation both gained votes.", ("Australian Greens", "AU")),
        ("NZ First and ACT New Zealand signed the coalition deal in Wellington.", ("New Zealand First", "NZ")),
        # generic names: the country the text names decides
        ("The Socialist Party in France said it would not censure the government.", ("Socialist Party", "FR")),
        ("Portugal's Socialist Party lost the snap election in Lisbon.", ("Socialist Party", "PT")),
        ("Uruguay's Broad Front returned to power in Montevideo.", ("Broad Front", "UY")),
        # legislatures
        ("The Tweede Kamer voted on the asylum bill on Thursday, Dutch media said.",
         ("House of Representatives of the Netherlands", "NL")),
        ("The Canadian House of Commons passed the bill.", ("House of Commons of Canada", "CA")),
        ("The Nationalrat approved the budget in Vienna.", ("National Council of Austria", "AT")),
    ],
)
def test_west_parties_en(text: str, actor: tuple[str, str]) -> None:
    assert actor in _actors(text, "en")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("وقال زعيم الحزب الشعبي الإسباني إن الحكومة فقدت أغلبيتها في البرلمان.", ("People's Party", "ES")),
        ("وتصدر حزب الديمقراطيين 66 نتائج الانتخابات التشريعية.", ("D66", "NL")),
        ("وأعلن حزب العمال الأسترالي فوزه في الانتخابات العامة.", ("Australian Labor Party", "AU")),
        ("وقالت حركة النجوم الخمس إنها ستصوت ضد القانون.", ("Five Star Movement", "IT")),
        ("ودعا الحزب الشيوعي الروسي إلى جلسة طارئة.", ("Communist Party of the Russian Federation", "RU")),
        ("وقال حزب الخضر الألماني إنه سيعارض الميزانية.", ("Alliance 90/The Greens", "DE")),
        ("وصوت البرلمان الكندي على القانون بالإجماع.", ("Parliament of Canada", "CA")),
        ("وقال الحزب الديمقراطي الجديد الكندي إنه سيصوت ضد الميزانية.", ("New Democratic Party", "CA")),
    ],
)
def test_west_parties_ar(text: str, actor: tuple[str, str]) -> None:
    assert actor in _actors(text, "ar")


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Liberals and conservatives alike criticised the plan.", "en", "Liberalerna"),
        ("Moderates in the party said the plan went too far.", "en", "Moderaterne"),
        ("More Europe-bound migrants crossed the sea this year.", "en", "Piu Europa"),
        ("Republika Srpska leader Milorad Dodik said the court had no power.", "en", "Republika"),
        ("President Trump attacked the Democrat Party over the shutdown.", "en", "Democrat Party"),
        ("Motorists queued for fuel in the capital.", "en", "Motorists for Themselves"),
        ("The Labor Party in Israel lost all its seats.", "en", "Australian Labor Party"),
        ("In Bolivia, the Libre alliance of Jorge Quiroga came second.", "en", "Liberty and Refoundation"),
        ("وقال إن الجبهة العريضة للمعارضة ستجتمع غدا.", "ar", "Broad Front"),
    ],
)
def test_everyday_words_stay_no_actor(text: str, lang: str, name: str) -> None:
    assert name not in [n for n, _ in _actors(text, lang)]
