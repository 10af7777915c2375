"""Session 51: Arabic titles and bodies that read no holder's name before. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2026, 3, 2)


def names(res: Resources, text: str, lang: str = "ar") -> set[str]:
    return {a.name for a in extract(text, published=PUBLISHED, lang=lang, resources=res).actors}


def people(res: Resources, text: str) -> set[str]:
    out = extract(text, published=PUBLISHED, lang="ar", resources=res)
    return {a.name for a in out.actors if a.kind == "person"}


def test_a_word_read_as_a_verb_between_a_given_name_and_a_comma_is_a_family_name(res):
    # «طالب» (demanded) is also a family name; set off by commas after a given name it is the name
    text = "وقال الرئيس التنفيذي للشركة، محمد طالب، إن الأسعار سترتفع الشهر المقبل."
    assert "Mohammed Taleb" in names(res, text)


def test_a_verb_after_a_full_name_stays_a_verb(res):
    text = "وقال وزير المالية محمد العلي طالب بزيادة الرواتب، وإن القرار سيصدر الأسبوع المقبل."
    assert not any("Taleb" in n for n in names(res, text))


@pytest.mark.parametrize("text, name", [
    ("وقالت غرفة التجارة الدولية إن حكم التحكيم سيصدر الشهر المقبل.", "International Chamber of Commerce"),
    ("وتوقعت الغرفة الجزائرية للتجارة والصناعة أن يفتتح المعرض الأسبوع المقبل.",
     "Algerian Chamber of Commerce and Industry"),
    ("وتشير أرقام غرفة التجارة والصناعة والزراعة إلى أن الصادرات ستتراجع هذا العام.",
     "Chamber of Commerce, Industry and Agriculture"),
])
def test_a_chamber_is_of_commerce_in_english(res, text, name):
    assert name in names(res, text)


@pytest.mark.parametrize("text, name", [
    ("وقال المحافظ عادل الغزي إنه لن يستقيل قبل نهاية الشهر.", "Adel al-Ghazi"),
    ("وتتواتر معلومات عن نية قائممقام سامراء، ليث حمدي، تقديم استقالته الأسبوع المقبل.", "Laith Hamdi"),
    ("وقال معتمد شؤون اللاجئين بولاية كسلا، عبد الرحيم آدم موسى، إن أول قافلة ستنطلق غدا.",
     "Abdul Rahim Adam Moussa"),
    ("وقد يطعن محامي البلدية علاء زيدان في القرار خلال أيام.", "Alaa Zidan"),
])
def test_local_officials_titles_read_their_holders(res, text, name):
    assert name in people(res, text)


@pytest.mark.parametrize("text", [
    "وقال الحزب المحافظ إن الانتخابات ستجري في موعدها الشهر المقبل.",
    "ويعقد حزب الإنصاف الحاكم في موريتانيا مؤتمره الاستثنائي يوم السبت المقبل.",
])
def test_ruling_and_conservative_are_no_titles(res, text):
    assert people(res, text) == set()


@pytest.mark.parametrize("text, name", [
    # a unit's number among the title's words
    ("وتتواتر معلومات عن أن قائد اللواء 30 حيدر الشبكي قد يستقيل من منصبه.", "Haidar al-Shabki"),
    # a quoted body the rules do not know, after «لـ» written apart
    ("وقال المدير العام لـ«سنيم» سيدي محمد ولد أعمر إن الشركة لن تقبل الزيادة هذا العام.",
     "Sidi Mohammed Ould Aamar"),
    # a constituency after «عن», then a given name of the regional tables
    ("وقال النائب عن كسروان فريد هيكل الخازن إن نواب المنطقة قد يطعنون في القرار.", "Farid Haykal al-Khazen"),
    # «تجمع» (a grouping) is a body's noun, not a verb, before its complement
    ("ويأمل رئيس تجمع مزارعي البقاع إبراهيم الترشيشي أن يرفع الحظر قبل حزيران.", "Ibrahim al-Tarshishi"),
])
def test_title_phrases_with_numbers_quoted_bodies_and_places(res, text, name):
    assert name in people(res, text)


@pytest.mark.parametrize("text, name", [
    ("Parliament will debate a bill setting up a National Reconstruction Authority on Tuesday.",
     "National Reconstruction Authority"),
    ("Lawmakers will vote on Tuesday on a bill creating a National Drug Enforcement Agency, officials said.",
     "National Drug Enforcement Agency"),
    ("Exporters complained about delays at the Maritime Security Agency last year.", "Maritime Security Agency"),
])
def test_a_state_agencys_full_name_is_an_actor_in_any_role(res, text, name):
    assert name in names(res, text, "en")


def test_an_agency_word_inside_a_longer_name_is_not_its_end(res):
    text = "Members of the Jamaica Civil Service Association will strike next week."
    found = names(res, text, "en")
    assert "Jamaica Civil Service" not in found and "Jamaica Civil Service Association" in found


@pytest.mark.parametrize("text, name", [
    ("The truce should hold, said the Reverend Lenworth Palmer, who mediated the deal.", "Lenworth Palmer"),
    ("Archbishop Paul Mensah will lead the mass on Sunday.", "Paul Mensah"),
    ("Grand Mufti Tarek Hassan may issue a ruling next week.", "Tarek Hassan"),
])
def test_religious_titles_are_not_part_of_the_name(res, text, name):
    found = names(res, text, "en")
    assert name in found and not any(n != name and n.endswith(name) for n in found)


def test_a_possessive_in_a_titles_phrase_before_a_set_off_name(res):
    text = "The head of Khorog's city administration, Davlat Shohnazarov, is expected to step down next month."
    assert "Davlat Shohnazarov" in names(res, text, "en")


def test_somalilands_president_by_his_full_name(res):
    text = "President Abdirahman Mohamed Abdullahi, known as Irro, is expected to sign a decree within days."
    assert "Abdirahman Mohamed Abdullahi" in names(res, text, "en")


def _forward(res, text: str, published: date, lang: str = "en"):
    out = extract(text, published=published, lang=lang, resources=res)
    return [m for m in out.mentions if m.kind in ("prediction", "speculation")]


def test_a_month_just_gone_with_no_cue_is_no_prediction_for_next_year(res):
    text = "President Rafael Mendez authorised the arrangement in late November for an initial 60 days."
    assert _forward(res, text, date(2025, 12, 17)) == []


@pytest.mark.parametrize("text, published, month", [
    ("The summit will be held in November, officials said.", date(2025, 12, 17), (2026, 11)),
    # a month ended three months before is next year's in a schedule stated in the present
    ("A presidential election follows in October.", date(2026, 1, 27), (2026, 10)),
])
def test_months_ahead_stay_predictions(res, text, published, month):
    found = _forward(res, text, published)
    assert found and found[0].expected is not None
    assert (found[0].expected.start.year, found[0].expected.start.month) == month


def test_next_weekday_after_a_past_reporting_verb_is_a_schedule(res):
    # «المقبل» leaves no past reading, whatever past verb the source phrase has
    text = "تصرف وزارة المالية يوم الخميس المقبل 60% من رواتب الموظفين، بحسب بيان أصدرته الوزارة أمس الأحد."
    found = _forward(res, text, date(2026, 4, 13), "ar")
    assert found and found[0].expected is not None and found[0].expected.start == date(2026, 4, 16)


def test_a_measures_passage_is_dated_by_the_legislatures_vote(res):
    text = ("Senate to vote on port levy\n\n"
            "The Senate will vote on Thursday on a bill extending the port levy, the speaker said on Monday.\n\n"
            "The current levy expires on February 20.\n\n"
            "Approval is likely because the National Party and the Liberal Party have supported every extension since 2022, officials said.")
    found = [m for m in _forward(res, text, date(2027, 2, 15)) if m.quote.startswith("Approval")]
    assert found and found[0].expected is not None and found[0].expected.start == date(2027, 2, 18)


def test_approval_ratings_are_no_passage(res):
    text = ("Japan votes on February 8\n\n"
            "The upper house will debate the budget on January 23, the speaker said.\n\n"
            "Voters will go to the polls on February 8, the election commission said.\n\n"
            "The prime minister hopes to turn high approval ratings into a majority.")
    found = [m for m in _forward(res, text, date(2027, 1, 12)) if "approval ratings" in m.quote]
    assert not found or found[0].expected is None or found[0].expected.start != date(2027, 1, 23)


def test_a_date_set_before_a_delay_made_for_a_purpose_is_past(res):
    text = "The vote had been set for June and was delayed to allow more consultations."
    assert _forward(res, text, date(2027, 7, 23)) == []


@pytest.mark.parametrize("text, lang, published, day", [
    ("توقع وزارة المياه يوم الأحد المقبل عقدا مع شركة إيطالية لمدة ثلاث سنوات لصيانة السدود.", "ar",
     date(2026, 11, 10), date(2026, 11, 15)),
    ("The ministry will sign on Monday a contract with the port operator for three years.", "en",
     date(2026, 8, 25), date(2026, 8, 31)),
])
def test_a_term_of_years_after_a_signing_day_is_the_contracts(res, text, lang, published, day):
    found = _forward(res, text, published, lang)
    assert found and found[0].expected is not None and (found[0].expected.start, found[0].expected.end) == (day, day)


def test_a_stay_of_days_after_a_day_still_runs_from_it(res):
    found = _forward(res, "The minister will arrive on June 3 for two weeks of talks.", date(2026, 5, 20))
    assert found and found[0].expected is not None
    assert (found[0].expected.start, found[0].expected.end) == (date(2026, 6, 3), date(2026, 6, 16))


def test_sidi_in_a_dateline_is_no_future_verb(res):
    # «سيدي» (Sidi, a name part) is not the future prefix on a verb
    text = "هل يعود الغاز قبل الشتاء؟\n\nصفاقس - «صدى سيدي منصور»\n\nتعقد اللجنة يوم الثلاثاء المقبل جلسة استماع."
    assert not [m for m in _forward(res, text, date(2025, 9, 25), "ar") if "منصور" in m.quote]


@pytest.mark.parametrize("text", [
    "وكانت القمة مقررة في يناير الماضي.",
    "وكان من المقرر أن يحال المشروع على البرلمان في ديسمبر الماضي.",
])
def test_a_schedule_told_with_kana_is_past(res, text):
    assert _forward(res, text, date(2025, 10, 20), "ar") == []


def test_a_past_schedule_clause_leaves_the_claim_before_it_its_date(res):
    text = "وتستضيف الدوحة القمة الثالثة في الربع الأول من العام المقبل، بعد أن كانت مقررة في ديسمبر."
    found = _forward(res, text, date(2025, 10, 20), "ar")
    assert len(found) == 1 and found[0].expected is not None
    assert (found[0].expected.start, found[0].expected.end) == (date(2026, 1, 1), date(2026, 3, 31))


def test_whether_kana_keeps_the_schedule(res):
    text = "ولم يتضح بعد ما إذا كانت المناقصة الدولية المقررة في سبتمبر ستلغى."
    found = _forward(res, text, date(2026, 6, 10), "ar")
    assert found and found[0].expected is not None and found[0].expected.start == date(2026, 9, 1)


def test_a_statement_headline_is_told_again_in_the_body(res):
    text = ("Kiribati weighs Chinese police role as Australia readies aid package\n\n"
            "Australia will announce a new aid package for Kiribati next week, officials said.")
    found = _forward(res, text, date(2026, 5, 4))
    assert found and not [m for m in found if m.quote.startswith("Kiribati weighs")]


def test_a_question_headline_stays_a_speculation(res):
    text = ("Will Kiribati let Chinese police patrol Tarawa?\n\n"
            "Australia will announce a new aid package for Kiribati next week, officials said.")
    heads = [m for m in _forward(res, text, date(2026, 5, 4)) if m.quote.startswith("Will Kiribati")]
    assert heads and heads[0].kind == "speculation"


def test_a_headline_alone_keeps_its_claim(res):
    found = _forward(res, "Kiribati weighs Chinese police role next month", date(2026, 5, 4))
    assert found


@pytest.mark.parametrize("text, lang", [
    ('"Investors want to see a tariff path, not promises," said an economist in Lusaka.', "en"),
    ('"China wants to show presence, not to provoke a clash," said a researcher in Manila.', "en"),
    ("ويقول الباحث نضال الخصاونة إن «الأردن يريد أن يثبت أن العقبة ليست مجرد ميناء».", "ar"),
])
def test_what_someone_wants_is_no_forecast(res, text, lang):
    assert _forward(res, text, date(2026, 5, 4), lang) == []


def test_observers_doubting_make_no_claim(res):
    text = "ويتوقع مراقبون أن يوقع الطرفان الاتفاق الأسبوع المقبل، لكنهم يشككون في قدرة الطرفين على الالتزام به."
    found = _forward(res, text, date(2026, 5, 4), "ar")
    assert found and not [m for m in found if "يشككون" in m.quote and "يوقع" not in m.quote]


def test_passage_alone_is_a_claim_about_the_vote(res):
    text = ("Senate to vote on port levy\n\n"
            "The Senate will vote on Thursday on a bill extending the port levy, the speaker said on Monday.\n\n"
            "Passage is expected because the ruling party holds a clear majority.")
    found = [m for m in _forward(res, text, date(2027, 2, 15)) if m.quote.startswith("Passage")]
    assert found and found[0].expected is not None and found[0].expected.start == date(2027, 2, 18)


def test_mauritanian_names_in_their_french_spelling(res):
    text = "نواكشوط - وقال الكاتب العام لنقابة عمال المناجم الموريتانية، الشيخ ولد بوبكر، إن العمال سيواصلون الإضراب."
    assert "Cheikh Ould Boubacar" in people(res, text)


@pytest.mark.parametrize("text", [
    '"The shops will not vanish overnight," said Lina Varga, a health policy researcher at a university in Pecs.',
    ('Analysts expect a long dispute. "Danko wants to be paid for every vote," said Petra Holub, a political '
     'scientist in Bratislava. "Fico can survive that, but the price will keep rising."'),
])
def test_a_commentators_firm_view_in_a_quote_is_no_claim(res, text):
    assert not [m for m in _forward(res, text, date(2026, 5, 4)) if m.certainty >= 0.8]


@pytest.mark.parametrize("text", [
    '"We will sign the deal next week," Foreign Minister Ana Lopes said on Monday.',
    '"Without steady funding, the force could stall next year," said Nadia Pierre, a researcher at a Port-au-Prince institute.',
])
def test_an_officials_quote_and_a_commentators_hedge_stay(res, text):
    assert _forward(res, text, date(2026, 5, 4))


def test_nigerias_gas_minister_by_his_arabic_spelling(res):
    text = "ويترأس وزير الدولة النيجيري لشؤون الغاز إكبيريكبي إكبو وفد بلاده إلى الاجتماع الأسبوع المقبل."
    assert "Ekperikpe Ekpo" in people(res, text)
