"""Session 52: claims that end on a dated gathering. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2025, 11, 10)


def forward(res: Resources, text: str, lang: str = "en"):
    out = extract("Headline\n\n" + text if lang == "en" else "عنوان\n\n" + text,
                  published=PUBLISHED, lang=lang, resources=res)
    return [m for m in out.mentions if m.is_forward]


def test_the_full_stop_is_no_part_of_the_claim_a_gathering_is_weighed_against(res):
    # the enclosing claim and the gathering are about as long; the full stop tipped the balance
    text = ("Opposition leader Joseph Kamau said a future government could reverse the sale "
            "after the general election in August 2027.")
    quotes = {m.quote: m for m in forward(res, text)}
    assert "the general election in August 2027" in quotes, list(quotes)
    assert quotes["the general election in August 2027"].event_type == "election"


@pytest.mark.parametrize("text, lang, event_type", [
    ("Water will stay a campaign theme before the presidential election in March 2027.", "en",
     "election"),
    ("ويرجح مراقبون أن يبقى الملف حاضرا بقوة قبل الانتخابات البلدية المقررة في أيار/مايو المقبل.", "ar", "election"),
])
def test_a_claim_with_no_event_of_its_own_is_about_the_gathering_it_ends_on(res, text, lang, event_type):
    found = forward(res, text, lang)
    assert found and all(m.event_type == event_type for m in found), [(m.quote, m.event_type) for m in found]


def test_a_claim_with_its_own_event_keeps_it(res):
    text = "The central bank is expected to cut rates before the general election in August 2027."
    found = forward(res, text)
    assert found and found[0].event_type != "election", [(m.quote, m.event_type) for m in found]


def window_of(res: Resources, text: str, lang: str, published: date = PUBLISHED):
    found = [m for m in extract(text, published=published, lang=lang, resources=res).mentions if m.is_forward]
    assert found, text
    w = found[0].expected
    return (w.start, w.end) if w is not None else None


@pytest.mark.parametrize("text, lang, year", [
    ("The refinery deal could slip into 2027 if financing falls through.", "en", 2027),
    ("Officials said the hearings may drag into 2028.", "en", 2028),
    ("وقال مسؤول في الوزارة إن أشغال الطريق قد تتأخر إلى 2028.", "ar", 2028),
    ("ولا يستبعد مراقبون إرجاء المفاوضات إلى 2027.", "ar", 2027),
])
def test_a_bare_year_that_a_delay_moves_to_is_the_window(res, text, lang, year):
    assert window_of(res, text, lang) == (date(year, 1, 1), date(year, 12, 31))


def test_a_month_inside_what_a_cue_verb_tells_is_no_day_of_telling(res):
    # «لا يستبعد» is the hedge and its own reporting verb; the month is in the clause it opens
    text = "ولا يستبعد أن تؤجل اللجنة الدور الثاني إلى جويلية."
    assert window_of(res, text, "ar") == (date(2026, 7, 1), date(2026, 7, 31))


def test_a_day_right_after_a_reporting_verb_is_still_the_day_of_telling(res):
    text = "وقال الوزير يوم الأحد إن الحكومة ستطرح المناقصة الشهر المقبل."
    assert window_of(res, text, "ar") == (date(2025, 12, 1), date(2025, 12, 31))


def test_a_day_with_and_written_onto_its_digits_closes_a_range(res):
    text = "وتنظم البحرية تمرينا مشتركا للبحث والإنقاذ بين 20 يوليوز و5 غشت المقبلين."
    assert window_of(res, text, "ar") == (date(2026, 7, 20), date(2026, 8, 5))


def test_a_foreign_hard_g_written_with_qaf_is_the_known_person_spelled_with_jim(res):
    # the gazetteer writes Eritrea's information minister «يماني جبر مسقل»
    text = "ولم يتأكد بعد حضور وزير الإعلام الإريتري يماني قبرمسقل حفل التوقيع المقرر الأسبوع المقبل."
    names = {a.name for a in extract(text, published=PUBLISHED, lang="ar", resources=res).actors}
    assert "Yemane Gebremeskel" in names, names


def test_jim_and_qaf_stay_two_letters_in_an_arab_family_name():
    from claimtracker.extract.gazetteer_data import same_skeleton_ar
    assert not same_skeleton_ar("حسن الجاسم", "حسن القاسم")
    assert same_skeleton_ar("يماني قبرمسقل", "يماني جبر مسقل", foreign=True)


def test_a_european_commissioners_title_names_the_eu_as_the_english_one_does(res):
    text = "ويرتقب أن يزور المفوض الأوروبي للشؤون الداخلية والهجرة ماغنوس برونر الرباط الأسبوع المقبل."
    names = {a.name for a in extract(text, published=PUBLISHED, lang="ar", resources=res).actors}
    assert {"European Union", "Magnus Brunner"} <= names, names


def mentions_of(res: Resources, text: str, lang: str = "en", published: date = date(2026, 2, 1)):
    return extract("Headline\n\n" + text, published=published, lang=lang, resources=res).mentions


@pytest.mark.parametrize("text", [
    "President Samia Suluhu Hassan is likely to attend the signing in Dodoma next week.",
    "The energy minister is expected to attend the inauguration of the plant on Friday.",
    "Two foreign ministers will attend the handover ceremony at the port on Monday.",
])
def test_attending_a_ceremony_is_a_visit(res, text):
    found = [m for m in mentions_of(res, text) if m.is_forward]
    assert found and found[0].event_type == "visit", [(m.quote, m.event_type) for m in found]


def test_attending_an_opening_session_stays_a_meeting(res):
    found = [m for m in mentions_of(res, "The envoy is expected to attend the opening session of the talks on Monday.")
             if m.is_forward]
    assert found and found[0].event_type == "meeting", [(m.quote, m.event_type) for m in found]


def test_attending_the_signing_takes_the_signings_date_not_a_nearer_visits(res):
    text = ("The two governments will sign the deal in Lima on Thursday. The foreign minister will visit Cusco on "
            "Tuesday, officials said. The chief executive of the mining company will attend the signing, a "
            "spokeswoman said.")
    last = [m for m in mentions_of(res, text) if "attend" in m.quote][0]
    assert last.event_type == "visit"
    assert last.expected is not None and last.expected.start == date(2026, 2, 5)


@pytest.mark.parametrize("text, event_type", [
    ("ومن المتوقع أن يحضر رئيس الجمهورية حفل الافتتاح يوم الجمعة المقبل.", "visit"),
    ("ومن المنتظر أن يشارك وزير الثقافة في مراسم تدشين المتحف الأسبوع المقبل.", "visit"),
    # a signing ceremony stays the agreement, as the Arabic golds type it
    ("ويحضر رئيس الوزراء مراسم توقيع الاتفاقية يوم الأحد المقبل.", "agreement"),
    ("ومن المرتقب أن يحضر قادة الأحزاب الجلسة الافتتاحية للمؤتمر يوم الأحد المقبل.", "meeting"),
])
def test_attending_an_arabic_ceremony_is_a_visit_but_a_signing_stays_the_agreement(res, text, event_type):
    found = [m for m in mentions_of(res, text, "ar") if m.is_forward]
    assert found and found[0].event_type == event_type, [(m.quote, m.event_type) for m in found]


def test_a_chamber_in_its_chairmans_title_is_an_actor_but_a_ministry_stays_his_post(res):
    text = "وقال رئيس غرفة تجارة وصناعة البحرين سمير ناس إن الغرفة ستطلب لقاء مع الوزير الأسبوع المقبل."
    names = {a.name for a in extract(text, published=PUBLISHED, lang="ar", resources=res).actors}
    assert "Bahrain Chamber of Commerce and Industry" in names, names
    text = "وقال المتحدث باسم وزارة الخارجية البحرينية سمير ناس إن الوزير سيزور القاهرة الأسبوع المقبل."
    names = {a.name for a in extract(text, published=PUBLISHED, lang="ar", resources=res).actors}
    assert not any("Ministry" in n for n in names), names


def ar_names(res: Resources, text: str) -> set[str]:
    return {a.name for a in extract(text, published=PUBLISHED, lang="ar", resources=res).actors}


def test_a_state_company_named_by_its_field_and_nation_is_an_actor(res):
    text = "وقال المدير العام لشركة المناطق الحرة الأردنية إن الشركة ستطرح مناقصة جديدة الشهر المقبل."
    assert "Jordanian Free Zones Company" in ar_names(res, text)


@pytest.mark.parametrize("text", [
    # no nation or scope: the oil company the story means, no name
    "وقالت شركة النفط إنها سترفع الأسعار الشهر المقبل.",
    # the quoted brand after it is the company's name
    "وتتواتر معلومات عن استقالة المدير العام لشركة النفط الوطنية «بتروسين» قبل نهاية ماي.",
])
def test_a_company_noun_without_a_nation_or_before_its_brand_is_no_descriptive_name(res, text):
    assert not any(n.endswith("Oil Company") for n in ar_names(res, text))



def test_the_barrio_18_gang_is_known(res):
    text = "Police said the MS-13 and Barrio 18 gangs would keep their truce in San Pedro Sula until June."
    assert {"MS-13", "Barrio 18"} <= {a.name for a in extract(text, published=PUBLISHED, lang="en", resources=res).actors}


@pytest.mark.parametrize("text, lang, day", [
    ("Azerbaijan and Iran will open the new bridge over the Aras on October 15, a deputy prime minister said. "
     "Traders expect freight rates to fall next week. The roads minister is expected to attend the opening "
     "ceremony, the embassy said.", "en", date(2025, 10, 15)),
    ("تفتتح الحكومة الميناء الجديد يوم 15 أكتوبر، وفق بيان رسمي. ويتوقع التجار تراجع أسعار الشحن الأسبوع المقبل. "
     "ومن المتوقع أن يحضر وزير النقل حفل الافتتاح.", "ar", date(2025, 10, 15)),
])
def test_attending_with_nothing_named_takes_the_leads_date_not_the_nearest(res, text, lang, day):
    found = [m for m in mentions_of(res, text, lang, published=date(2025, 9, 30))
             if m.is_forward and ("attend" in m.quote or "يحضر" in m.quote)]
    assert found and found[0].expected is not None and found[0].expected.start == day, \
        [(m.quote, m.expected) for m in found]


@pytest.mark.parametrize("text, name", [
    # a district's name closed by a point of the compass before the holder's name
    ("في المقابل، يتمسك النائب عن دائرة القنطرة غرب محمود الشاذلي بعرض الملف على المجالس المحلية الشهر المقبل.",
     "Mahmoud al-Shazly"),
    # a ل-complement of the title's body that ends in no ة («لمصايد الأسماك»)
    ("ومن المتوقع أن يترأس الجانب الروسي رئيس الوكالة الفيدرالية لمصايد الأسماك إيليا شيستاكوف الشهر المقبل.",
     "Ilia Shistakov"),
])
def test_a_title_holder_after_a_districts_or_a_bodys_name(res, text, name):
    assert name in ar_names(res, text)


def test_a_bill_expected_to_pass_is_a_claim_with_no_date_or_name(res):
    found = [m for m in mentions_of(res, "The bill is expected to pass with votes from the ruling party and two "
                                         "opposition blocs, she said.") if m.is_forward]
    assert found and found[0].kind == "prediction", [(m.quote, m.kind) for m in found]


def test_a_pass_that_is_no_measures_stays_no_claim(res):
    found = [m for m in mentions_of(res, "The storm is expected to pass quickly, forecasters said.") if m.is_forward]
    assert not found, [m.quote for m in found]


def test_a_forecast_of_prices_rising_is_a_claim(res):
    found = [m for m in mentions_of(res, "Analysts say wholesale prices could rise by up to 20 percent in the "
                                         "meantime.") if m.is_forward]
    assert found and found[0].kind == "speculation", [(m.quote, m.kind) for m in found]


def test_the_national_navy_is_the_datelines_states(res):
    text = "نواذيبو - «منبر الشمال»\n\nستكثف البحرية الوطنية دورياتها قبالة رأس نواذيبو خلال الشهر المقبل."
    assert "Mauritanian Navy" in ar_names(res, text)


def test_moroccos_government_council_is_known_where_morocco_is_the_story(res):
    text = "الرباط - «منبر»\n\nوأفاد بلاغ لرئاسة الحكومة بأن مجلس الحكومة سيصادق يوم الخميس المقبل على مرسوم جديد."
    assert "Government Council of Morocco" in ar_names(res, text)
    text = "عمان - «منبر»\n\nوأفاد بيان بأن مجلس الحكومة سيصادق يوم الخميس المقبل على مرسوم جديد."
    assert "Government Council of Morocco" not in ar_names(res, text)
