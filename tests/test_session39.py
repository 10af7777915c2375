"""Session 39: what held-out 96–98 showed. A month is no bare surname («مطلع مايو» is early May, not
Luigi Di Maio); a preposition joined to a verbal noun of the مفاعلة shape ends a name («أنيس الجربي
بمساءلة الوزير»). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2026, 3, 24)


def actors(res: Resources, text: str, lang: str = "ar") -> list[str]:
    return [a.name for a in extract(text, published=PUBLISHED, lang=lang, resources=res).actors]


# the second and third are guards (they pass on the start: no word that could be a title stands
# two words before the month)
@pytest.mark.parametrize("text", [
    "ويتوقع أن تصل دفعة جديدة من المساعدات إلى المحافظة مطلع مايو المقبل.",
    "وقالت مصادر إن المدينة ستستقبل الوفد في مايو المقبل.",
    "ومن المرجح أن تعقد الجولة الثانية منتصف ماي المقبل في الرباط.",
])
def test_a_month_is_no_bare_surname(res, text):
    found = actors(res, text)
    # «مايو» had been read as Luigi Di Maio's surname, and «ماي» as Theresa May's
    assert not any(n in ("Luigi Di Maio", "Theresa May") for n in found), found


# guards: the full name, or a title right before the surname, still names the person (these pass on the start)
@pytest.mark.parametrize("text", [
    "وقال وزير الخارجية الإيطالي السابق لويجي دي مايو إن روما سترسل وفدا الأسبوع المقبل.",
    "وقال الوزير مايو إن روما سترسل وفدا الأسبوع المقبل.",
])
def test_a_named_or_titled_surname_still_names_its_man(res, text):
    assert "Luigi Di Maio" in actors(res, text)


# the second and third are guards (they pass on the start, other rules ending the name there)
@pytest.mark.parametrize(("text", "name"), [
    ("وطالب النائب عن دائرة قليبية أنيس الجربي بمساءلة وزير التجهيز أمام البرلمان الأسبوع المقبل.", "Anis"),
    ("وطالب عضو المجلس البلدي كريم الورفلي بمحاكمة المسؤولين عن الحريق خلال الشهر المقبل.", "Karim"),
    ("وطالب الناشط الحقوقي سمير الدباغ بتوقيع اتفاق جديد قبل نهاية الشهر.", "Samir"),
])
def test_a_verbal_noun_after_a_name_ends_it(res, text, name):
    people = [a.name for a in extract(text, published=PUBLISHED, lang="ar", resources=res).actors if a.kind == "person"]
    found = [p for p in people if p.startswith(name)]
    # «بمساءلة», «بمحاكمة», «بتوقيع»: what he calls for had been read as the name's third word
    assert len(found) == 1 and len(found[0].split()) == 2, people
