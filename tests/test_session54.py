"""Session 54: a state's police acting without its nationality, national police forces, and the
names of two Arab cabinets and councils. Sentences and names written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2026, 3, 2)


def names(res: Resources, text: str, lang: str = "en") -> list[str]:
    out = extract("Headline\n\n" + text if lang == "en" else "عنوان\n\n" + text,
                  published=PUBLISHED, lang=lang, resources=res)
    return [a.name for a in out.actors]


ZIMBABWE = "Zimbabwe's mines minister said the licence review would end in May. "


@pytest.mark.parametrize("text", [
    ZIMBABWE + "Police will deploy to Kamativi during Thursday's hearing.",
    ZIMBABWE + "Police said they would close the road to the mine for a week.",
    ZIMBABWE + "Police and the Zimbabwe National Army will patrol the site from Monday.",
    ZIMBABWE + "Farmers may protest, and the police will keep the highway open.",
])
def test_the_police_acting_with_no_nationality_are_the_texts_states(res, text):
    assert "Zimbabwe Republic Police" in names(res, text)


@pytest.mark.parametrize("text", [
    ZIMBABWE + "Gunmen burned two trucks near Hwange on Saturday, police said.",
    ZIMBABWE + "Riot police will clear the square on Friday.",
    ZIMBABWE + "The miners asked the police to leave the site by Friday.",
])
def test_police_that_only_report_or_a_kind_of_police_name_no_force(res, text):
    assert "Zimbabwe Republic Police" not in names(res, text)


def test_a_states_police_by_its_name_speak_for_themselves(res):
    text = "Heavy rain is expected in Freetown. The Sierra Leone Police said officers would be on standby."
    assert "Sierra Leone Police" in names(res, text)


@pytest.mark.parametrize("text, force", [
    ("Eswatini's king will open parliament on Friday. Police said they would not allow marches.",
     "Royal Eswatini Police Service"),
    ("Belize's sugar talks resume next week. Police and the Belize Defence Force will keep the road open.",
     "Belize Police Department"),
])
def test_a_national_police_force_is_named_as_the_state_names_it(res, text, force):
    assert force in names(res, text)


@pytest.mark.parametrize("text, body", [
    ("القاهرة - ومن المتوقع أن يقر مجلس الوزراء المصري الموازنة الجديدة الأسبوع المقبل.",
     "Council of Ministers of Egypt"),
    ("مسقط - ومن المقرر أن يناقش مجلس الشورى العماني مشروع القانون الأسبوع المقبل.",
     "Shura Council of Oman"),
])
def test_egypts_cabinet_and_omans_shura_council_are_named_like_the_other_states_bodies(res, text, body):
    assert body in names(res, text, "ar")
