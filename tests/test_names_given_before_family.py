"""A bare Arabic surname that is also a common given name («محمود», the surname of a Somali
president) is someone else's given name when a family name follows it («محمود العالول»), but the
gazetteer's person when a time word follows («محمود الأسبوع الماضي») after the full name was given."""

from __future__ import annotations

from datetime import date

from claimtracker.extract import Resources, extract


def _actors(text: str) -> list[str]:
    return [a.name for a in extract(text, published=date(2026, 1, 1), lang="ar", resources=Resources.load()).actors]


def test_a_given_name_before_a_family_name_is_not_a_known_surname():
    names = _actors("ويرأس وفد الحركة إلى القاهرة نائب رئيسها محمود الزعتري الأسبوع المقبل.")
    assert "Hassan Sheikh Mohamud" not in names


def test_the_known_surname_after_the_full_name_still_counts():
    names = _actors("وقال الرئيس الصومالي حسن شيخ محمود إن الانتخابات ستجري في موعدها، "
                    "وأضاف محمود الأسبوع الماضي أن اللجنة جاهزة.")
    assert names.count("Hassan Sheikh Mohamud") == 1


def test_a_name_apposed_to_its_title_may_close_the_sentence():
    names = _actors("ومن المقرر أن يترأس الوفد الأردني وكيل وزارة المياه، سامر الخطيب.")
    assert any(n.endswith("Khatib") for n in names), names


def test_a_time_after_a_title_and_a_comma_is_no_name():
    assert _actors("ويصل وزير الخارجية، غدا الثلاثاء.") == []
