"""Session 50: the misses of held-out 159 and 161. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2026, 3, 2)


def result(res: Resources, text: str, lang: str = "ar"):
    return extract(text, published=PUBLISHED, lang=lang, resources=res)


def actors(res: Resources, text: str, lang: str = "ar") -> dict[str, tuple[str, str | None]]:
    return {a.name: (a.kind, a.country) for a in result(res, text, lang).actors}


@pytest.mark.parametrize("text, codes", [
    # «مالي» is also "financial": in a list joined to other states it is the state
    ("وقد يغيب ممثلو تشاد عن الاجتماع، فيما أكد ممثلي مالي والنيجر حضورهم في الأسبوع المقبل.", {"ML", "NE"}),
    ("وقال الوزير إن دعم النيجر ومالي سيتواصل خلال العام المقبل.", {"NE", "ML"}),
])
def test_mali_in_a_list_of_states_is_the_state(res, text, codes):
    assert codes <= set(result(res, text).countries)


@pytest.mark.parametrize("text", [
    "وتعهد الصندوق بتقديم دعم مالي واقتصادي للحكومة خلال العام المقبل.",
    "ويعاني الاقتصاد من عجز مالي وتجاري قد يتسع الشهر المقبل.",
])
def test_financial_joined_to_another_adjective_is_no_state(res, text):
    assert "ML" not in result(res, text).countries


def test_a_plural_before_a_state_name_is_no_persons_title(res):
    # «ممثلي» are the state's representatives: «مالي» is not Robert Malley's bare surname
    found = actors(res, "ويرى مراقبون أن غياب ممثلي مالي والنيجر قد يضعف موقف القمة المقبلة.")
    assert all(kind != "person" for kind, _ in found.values())


def test_a_combatant_command_in_an_officers_title_stays_an_actor(res):
    text = "ومن المنتظر أن يزور قائد القيادة المركزية الأميركية الأدميرال براد كوبر بغداد الأسبوع المقبل."
    found = actors(res, text)
    assert found.get("United States Central Command") == ("org", "US")
    assert "Brad Cooper" in found


def test_a_bodys_name_in_an_officials_title_still_is_his_title(res):
    # the rule is for armed forces: a ministry in its minister's title stays out
    found = actors(res, "وسيزور وزير الخارجية الأردني أيمن الصفدي دمشق الأسبوع المقبل.")
    assert not any(kind == "org" for kind, _ in found.values())


def test_a_shared_cabinet_name_is_the_datelines_state(res):
    # a Tripoli (Lebanon) story that names Syria more than Lebanon
    text = ("بيروت - «نافذة الشمال»\n"
            "يناقش مجلس الوزراء في جلسته يوم الخميس المقبل خطة لنقل البضائع إلى سوريا.\n"
            "وتريد الحكومة السورية فتح معبر جديد، وفق وزارة الاقتصاد السورية.")
    found = actors(res, text)
    assert "Council of Ministers of Lebanon" in found
    assert "Council of Ministers of Syria" not in found


def test_without_a_dateline_the_shared_name_follows_the_named_state(res):
    text = ("يناقش مجلس الوزراء في جلسته يوم الخميس المقبل خطة لنقل البضائع. "
            "وتريد الحكومة السورية فتح معبر جديد، وفق وزارة الاقتصاد السورية.")
    assert "Council of Ministers of Syria" in actors(res, text)


def test_a_general_ports_authority_is_saudi_only_in_a_saudi_story(res):
    saudi = "وأعلن بيان للهيئة العامة للموانئ أن الميناء الجديد في السعودية سيستقبل أول سفينة في ديسمبر."
    assert actors(res, saudi).get("Saudi Ports Authority") == ("org", "SA")
    other = "وأعلن بيان للهيئة العامة للموانئ أن الميناء الجديد سيستقبل أول سفينة في ديسمبر."
    assert "Saudi Ports Authority" not in actors(res, other)


@pytest.mark.parametrize("text, name", [
    ("ورجحت مصادر أن تفرض واشنطن عقوبات على الشركة السودانية للموارد المعدنية الشهر المقبل.",
     "Sudanese Mineral Resources Company"),
    ("ومن المتوقع أن يعلن معهد الكويت للأبحاث العلمية نتائج الدراسة الأسبوع المقبل.",
     "Kuwait Institute for Scientific Research"),
])
def test_new_gazetteer_rows(res, text, name):
    assert name in actors(res, text)


def test_an_arabic_firms_nationality_is_a_country_of_the_article(res):
    # the Arabic golds list the state of «شركة صينية» (26 of 35 seen articles)
    text = "ومن المقرر أن توقع هيئة الموانئ مع شركة صينية عقد إنشاء حوض لإصلاح السفن قبل نهاية العام."
    assert "CN" in result(res, text).countries


def test_an_english_firms_nationality_is_a_country_of_the_article_but_no_actor(res):
    # session 54: over every set the English golds list it too (+5 right, none lost); it still makes
    # no state act
    text = "The port authority is expected to sign a contract with a Chinese company before the end of the year."
    out = result(res, text, "en")
    assert "CN" in out.countries and "China" not in [a.name for a in out.actors]


def test_a_spanish_company_defined_with_its_acronym_is_a_body(res):
    text = ("The plant's operator, Empresa Siderurgica del Mutun (ESM), will sign a gas contract next week. "
            "ESM president Marcelo Justiniano is expected to step down in May.")
    found = actors(res, text, "en")
    assert "Empresa Siderurgica del Mutun" in found
    # the letters the text defines are its own body's, not the European Stability Mechanism's
    assert "European Stability Mechanism" not in found


def test_a_known_acronym_defined_by_another_form_of_its_name_stays_known(res):
    text = ("A U.S. delegation from the Export-Import Bank (EXIM) will arrive in Islamabad on Monday, "
            "the embassy said.")
    assert "Export-Import Bank of the United States" in actors(res, text, "en")


@pytest.mark.parametrize("text", [
    "The state oil company is likely to buy up to 10 percent of the shares, two officials said.",
    "The government will decide on Thursday whether to take a 15 percent stake in the mine.",
])
def test_buying_a_stake_is_an_agreement(res, text):
    assert [m.event_type for m in result(res, text, "en").mentions] == ["agreement"]


@pytest.mark.parametrize("text, name", [
    ("Sinosteel, the Chinese contractor, will hand over the rolling mill next month.", "Sinosteel"),
    ("Leaders will meet in Nukus on September 17 for a summit of the International Fund for Saving the "
     "Aral Sea (IFAS).", "International Fund for Saving the Aral Sea"),
])
def test_new_gazetteer_rows_en(res, text, name):
    assert name in actors(res, text, "en")


def test_a_company_defined_with_its_acronym_is_a_body(res):
    text = ("The railway will be built by China Civil Engineering Construction Corporation (CCECC), "
            "which is expected to start work in May.")
    assert "China Civil Engineering Construction Corporation" in actors(res, text, "en")


@pytest.mark.parametrize("text", [
    "يستقبل مطار الموصل الدولي يوم الأحد 14 كانون الأول أول رحلة تجارية مباشرة من عمّان.",
    "وقال مدير الميناء إن الرصيف الجديد «سيستقبل ثلاث سفن أسبوعيا حتى نهاية يوليو».",
    "تبدأ الوزارة اعتبارا من يوم الأحد المقبل استقبال طلبات المستوردين لشحنات القمح.",
])
def test_a_port_or_airport_receiving_ships_or_flights_is_no_meeting(res, text):
    assert [m.event_type for m in result(res, text).mentions] == ["other"]


@pytest.mark.parametrize("text", [
    "ويستقبل الرئيس نظيره التركي في مطار أنقرة يوم الأحد المقبل.",
    "ومن المتوقع أن يستقبل الملك وزير الخارجية الأمريكي الأسبوع المقبل.",
])
def test_receiving_a_person_is_a_meeting(res, text):
    assert [m.event_type for m in result(res, text).mentions] == ["meeting"]


@pytest.mark.parametrize("text", [
    "Brussels could open a procedure to suspend part of the trade preferences by the end of the year, diplomats said.",
    "Moscow could curb imports of Moldovan apples from November, two officials said.",
    "The watchdog could extend its ban on Georgian mineral water to other brands next month, officials said.",
])
def test_trade_measures_are_sanctions(res, text):
    assert [m.event_type for m in result(res, text, "en").mentions] == ["sanction"]


@pytest.mark.parametrize("text", [
    "توقع وزارة النقل والخدمات اللوجستية يوم الخميس المقبل بالرباط عقود تشغيل الخطين الجديدين.",
    "ومن المنتظر أن توقع «موانئ أبوظبي» مع مجموعة «كوسكو» الصينية خلال الأيام المقبلة عقدا لتشغيل المحطة.",
])
def test_signing_contracts_after_a_long_subject_is_an_agreement(res, text):
    assert [m.event_type for m in result(res, text).mentions] == ["agreement"]


def test_talks_a_trip_is_made_for_are_a_claim_of_their_own(res):
    text = ("يتوجه وفد حكومي برئاسة وزير التجارة إلى بروكسل يوم الأحد المقبل لإجراء جولة مفاوضات مع "
            "المفوضية الأوروبية حول الحصص الزراعية.")
    assert [m.event_type for m in result(res, text).mentions] == ["visit", "meeting"]


def test_a_modal_verb_ends_no_bodys_name_in_a_source_phrase(res):
    # "… technology will question ministry" is no ministry's name: the claim keeps its verb
    text = ("Parliament's standing committee on science and technology will question ministry officials "
            "about the delays on Sunday, its chairman said.")
    assert [(m.kind, m.event_type) for m in result(res, text, "en").mentions] == [("prediction", "meeting")]


def test_a_named_ministry_is_still_a_source(res):
    text = "The talks will resume on Monday, the Foreign Affairs ministry said."
    assert [m.attribution.kind for m in result(res, text, "en").mentions] == ["official_statement"]


def test_spanish_town_is_no_spain(res):
    text = "In Spanish Town, a truce between two gangs will run until January 5, police said."
    assert "ES" not in result(res, text, "en").countries


def test_nigers_nisba_is_niger(res):
    text = "وقال الوزير النيجري إن اللجنة الثنائية الجزائرية النيجرية ستجتمع الثلاثاء المقبل."
    assert "NE" in result(res, text).countries


def test_a_bare_border_guard_after_a_military_source_with_no_nationality_is_the_states(res):
    text = ("تمنراست - «بوابة تاهات»\n"
            "أفادت وزارة الدفاع الوطني بأن وحدات حرس الحدود ستعزز دورياتها على الشريط الحدودي مع "
            "النيجر خلال الأيام المقبلة.")
    assert actors(res, text).get("Algerian Border Guard") == ("org", "DZ")


def test_a_bare_border_guard_without_a_military_source_is_left_out(res):
    text = "وقالت مصادر محلية إن وحدات حرس الحدود ستعزز دورياتها خلال الأيام المقبلة."
    assert not any("Border" in name for name in actors(res, text))


def test_nationalities_before_police_name_each_states_police(res):
    text = "Ivorian and Ghanaian police will begin joint patrols at the border post from August 1, the ministry said."
    found = actors(res, text, "en")
    assert found.get("Ghana Police Service") == ("org", "GH")
    assert found.get("National Police of Côte d'Ivoire") == ("org", "CI")


def test_a_state_without_a_police_row_gets_its_nationalitys_police(res):
    assert actors(res, "Serbian police will guard the crossing from Monday, officials said.", "en").get(
        "Serbian Police") == ("org", "RS")


@pytest.mark.parametrize("text", [
    "The police will guard the crossing from Monday, officials said.",
    "Officials said the border police post will reopen on Monday.",
])
def test_police_without_a_nationality_names_no_force(res, text):
    assert not any("Police" in name for name in actors(res, text, "en"))
