"""Session 49: the misses of held-out 156, 157 and 158. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2026, 3, 2)


def actors(res: Resources, text: str, lang: str = "ar") -> dict[str, tuple[str, str | None]]:
    return {a.name: (a.kind, a.country) for a in extract(text, published=PUBLISHED, lang=lang, resources=res).actors}


def people(res: Resources, text: str, lang: str = "ar") -> dict[str, str | None]:
    return {name: country for name, (kind, country) in actors(res, text, lang).items() if kind == "person"}


def test_a_place_in_a_title_after_a_name_gives_the_holder_its_country(res):
    # a Moroccan outlet quoting an Omani port chief: his name is spelled the Gulf way, not the Maghreb's
    text = ("طنجة - أعلنت الوكالة المغربية للموانئ أمس عن خط جديد. وقال حمد الحارثي، المدير العام لميناء صحار، "
            "إن الميناء لن يرفع رسومه قبل نهاية العام.")
    assert people(res, text) == {"Hamad al-Harthi": "OM"}


def test_a_name_then_title_with_no_place_keeps_no_country_of_its_own(res):
    text = "وقال سامي الحداد، المدير العام للشركة، إن الشركة ستوقع العقد الشهر المقبل."
    assert list(people(res, text).values()) == [None]


@pytest.mark.parametrize("text, name", [
    # the site visited after a full name is the verb's object, not a third name
    ("ومن المتوقع أن يزور وزير النقل الأردني ماهر الزعبي المعبر منتصف أبريل.", "Maher al-Zoubi"),
    ("ويتفقد وزير الطاقة فلاح المصري المصفاة يوم الخميس المقبل.", "Falah al-Masri"),
])
def test_a_definite_site_noun_after_a_full_name_ends_it(res, text, name):
    assert list(people(res, text)) == [name]


def test_a_nisba_family_name_after_a_given_name_still_belongs_to_the_name(res):
    # «الشرقي» ends in ي: a family name, though «شرق» is an object noun
    text = "وقال وزير الزراعة عادل محمد الشرقي إن الموسم سيبدأ الشهر المقبل."
    assert list(people(res, text)) == ["Adel Mohammed al-Sharqi"]


@pytest.mark.parametrize("text", [
    "Officials will inspect the Kempir-Abad reservoir next week, the ministry said.",
    "The Kara-Suu district will get new canals next year, the governor said.",
])
def test_half_of_a_hyphened_place_name_is_no_ones_surname(res, text):
    assert people(res, text, "en") == {}


def test_a_bare_navy_after_a_military_spokesman_is_his_states_and_its_counterpart_the_named_one(res):
    text = ("وأفاد المتحدث العسكري المصري في بيان بأن القوات البحرية ستجري مع نظيرتها اليونانية تمرينا للبحث "
            "والإنقاذ قبالة الإسكندرية الأسبوع المقبل.")
    forces = {name: country for name, (kind, country) in actors(res, text).items() if kind == "org"}
    assert forces == {"Egyptian Navy": "EG", "Hellenic Navy": "GR"}


def test_a_bare_navy_with_no_military_source_before_it_stays_unnamed(res):
    text = "وقال الوزير المصري إن القوات البحرية ستجري تمرينا للبحث والإنقاذ الأسبوع المقبل."
    assert not [name for name, (kind, _) in actors(res, text).items() if kind == "org"]


@pytest.mark.parametrize("text, name", [
    ("وأعلنت القيادة العامة للقوات المسلحة الليبية أنها ستنشر ألفي عنصر لتأمين الانتخابات الشهر المقبل.",
     "Libyan National Army"),
    ("وقالت الجمارك الأردنية إن المعبر سيعمل على مدار الساعة اعتبارا من الأسبوع المقبل.", "Jordan Customs"),
    ("وقد تنضم شركة «بيغاسوس» التركية إلى الخط في الصيف المقبل.", "Pegasus Airlines"),
    ("وأكد محور تعز العسكري أنه سيرد على أي خرق للهدنة.", "Taiz Military Axis"),
])
def test_gazetteer_names_added_from_the_misses(res, text, name):
    assert name in actors(res, text)


@pytest.mark.parametrize("text, lang, name", [
    # named as the recent golds name them; the old names are aliases
    ("ويصوت مجلس النواب العراقي الأسبوع المقبل على قانون الموازنة.", "ar", "Council of Representatives of Iraq"),
    ("The ECOWAS Court will rule on the case next month, its registrar said.", "en", "ECOWAS Court of Justice"),
    ("Meta Platforms will appeal against the fine next week, the company said.", "en", "Meta"),
])
def test_bodies_are_named_as_the_recent_golds_name_them(res, text, lang, name):
    assert name in actors(res, text, lang)


def event_types(res: Resources, text: str, lang: str = "en") -> list[str | None]:
    return [m.event_type for m in extract(text, published=PUBLISHED, lang=lang, resources=res).mentions]


@pytest.mark.parametrize("text", [
    "Lagos could impose port fees on foreign trawlers from June, officials said.",
    "Harare will impose reciprocal levies on Zambian lorries from May 1 unless the toll is scrapped.",
    "Quito may bar the two shipping lines from its ports next month, the minister said.",
    "Officials said Kampala could restrict Kenyan fishing vessels on the lake before the end of the year.",
    "The ministry said it may suspend the transit of Malian trucks if the border stays closed.",
    "The regulator will begin freezing the accounts of smugglers from January, the ministry said.",
    "The bloc is expected to back a ban on Georgian freight trucks next week.",
    "Washington is expected to add four more firms to its restricted list before the end of July.",
    "Customs officers could reimpose a detention order on the shipments before the season opens.",
])
def test_english_trade_restrictions_are_sanctions(res, text):
    assert event_types(res, text) == ["sanction"]


def test_electing_a_municipal_assembly_is_an_election(res):
    assert event_types(res, "Budva will elect a new municipal assembly on May 10, the commission said.") == ["election"]


def test_the_spyware_pegasus_is_no_airline(res):
    # the airline's bare English name is the spyware's too: only its Arabic company forms are aliases
    assert "Pegasus Airlines" not in actors(res, "Pegasus spyware was found on the phones of two reporters.", "en")


def mentions(res: Resources, text: str, lang: str, published: date = PUBLISHED):
    return extract(text, published=published, lang=lang, resources=res).mentions


@pytest.mark.parametrize("text", [
    # a union or firm after a verb is no source phrase that swallows the claim's verb
    "The government will meet the unions on Monday, officials said.",
    "The minister will meet union leaders next week, a spokesman said.",
])
def test_a_body_after_a_verb_leaves_the_claim_its_verb(res, text):
    found = mentions(res, text, "en")
    assert [m.event_type for m in found] == ["meeting"] and found[0].kind == "prediction"


def test_an_arabic_army_before_a_future_verb_is_no_source_swallowing_it(res):
    # «سيتولى» normalises to end in ي, like a nisba («الجيش السوري»), but it is the claim's verb
    found = mentions(res, "وقال القائد إن الجيش سيتولى حماية المطار في منتصف مارس.", "ar")
    assert [(m.kind, m.event_type) for m in found] == [("prediction", "military")]


def test_a_numbered_date_next_to_a_report_is_a_date_to_come(res):
    # published on Tuesday 30 March: "on April 6" is a week ahead, not the day the organisers spoke
    found = mentions(res, "Rights groups plan a protest outside parliament on April 6, organisers said.", "en",
                     date(2027, 3, 30))
    assert len(found) == 1 and found[0].expected is not None and found[0].expected.start == date(2027, 4, 6)


def test_a_weekday_next_to_a_report_is_still_the_day_it_was_said(res):
    # "on Monday, officials said", published on a Wednesday: the Monday just gone, no claim to come
    found = mentions(res, "The talks ended on Monday, officials said.", "en", date(2027, 3, 31))
    assert not [m for m in found if m.kind in ("prediction", "speculation")]


@pytest.mark.parametrize("text", [
    "Farmers plan a march to the capital on Saturday, their union said.",
    "Opposition parties plan nationwide rallies next week.",
])
def test_planning_a_protest_is_a_prediction(res, text):
    found = mentions(res, text, "en")
    assert [(m.kind, m.certainty_label) for m in found] == [("prediction", "medium")]


@pytest.mark.parametrize("text", [
    "Nominations open on April 1 and close on April 20, the commission said.",
    "The ruling party picks its candidate in a primary on May 17.",
])
def test_nominations_and_primaries_are_elections(res, text):
    assert [m.event_type for m in mentions(res, text, "en")] == ["election"]


@pytest.mark.parametrize("text", [
    # a news lede opening on an imperfect verb, with a date to come and no event word
    "يتفقد وزير النقل ورشة إعادة تأهيل الطريق الساحلي يوم السبت المقبل.",
    "وتستأنف الشركة رحلاتها نحو نيامي اعتبارا من غرة أبريل.",
])
def test_an_arabic_lede_on_an_imperfect_verb_with_a_date_to_come_is_a_schedule(res, text):
    found = mentions(res, text, "ar")
    assert [m.kind for m in found] == ["prediction"] and found[0].expected is not None


@pytest.mark.parametrize("text", [
    # a verbal noun of the form تفعيل and a lede in the past are no schedule
    "تطوير الطريق الساحلي يوم السبت المقبل على جدول أعمال المجلس.",
    "زار وزير النقل ورشة الطريق الساحلي يوم السبت الماضي.",
])
def test_an_arabic_sentence_not_opening_on_an_imperfect_verb_is_no_schedule(res, text):
    assert not mentions(res, text, "ar")


def test_deploying_a_number_of_men_is_military_and_challenging_results_an_election(res):
    deploy = "وأعلنت القيادة أنها ستنشر نحو أربعة آلاف عنصر لتأمين مراكز الاقتراع اعتبارا من الأسبوع المقبل."
    challenge = "ويرى مراقبون أن المعارضة قد تطعن في نتائج الاقتراع أمام المحكمة الشهر المقبل."
    assert [m.event_type for m in mentions(res, deploy, "ar")] == ["military"]
    assert [m.event_type for m in mentions(res, challenge, "ar")] == ["election"]


@pytest.mark.parametrize("text, expected", [
    # a labour strike on a date is no attack; a strike on a place is
    ("The dockers' union will begin an indefinite strike on March 15, its leader said.", "other"),
    ("Nurses said they would strike from April 2 unless the arrears are paid.", "other"),
    ("The army will carry out a strike on the rebel base on Monday.", "military"),
])
def test_labour_strikes_are_not_military(res, text, expected):
    assert [m.event_type for m in mentions(res, text, "en")] == [expected]


@pytest.mark.parametrize("text, expected", [
    # asking a state or a lender is a statement; asking a court is legal action
    ("Lima will formally ask Beijing next week to reschedule the loan repayments.", "statement"),
    ("Rabat would send a written reply to the commission before the end of the month.", "statement"),
    ("The opposition would ask the Constitutional Court next month to annul the law.", "other"),
])
def test_asking_is_a_statement_unless_a_court_is_asked(res, text, expected):
    assert [m.event_type for m in mentions(res, text, "en")] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("ومن المنتظر أن ترسو فرقاطة تدريب تابعة للبحرية الإيطالية في ميناء بنزرت منتصف أبريل.", "military"),
    ("وقال القائد إن البحرية ستنشر أربعة زوارق إضافية قبالة الساحل خلال عشرة أيام.", "military"),
    ("وأكد المتحدث أن معسكر التدريب الجديد سيكون جاهزا قبل نهاية يونيو.", "military"),
    # «المدمرة» after a noun is its adjective (destroyed), not a destroyer
    ("وأعلن المجلس أنه سيبدأ صرف تعويضات المنازل المدمرة في القرى الحدودية قبل نهاية أبريل.", "other"),
])
def test_arabic_warships_boats_and_camps_are_military(res, text, expected):
    assert [m.event_type for m in mentions(res, text, "ar")] == [expected]


def test_an_arab_summit_brings_the_arab_league(res):
    text = "ومن المنتظر أن يطرح الرئيس المشروع على القمة العربية المقررة في الرياض في مايو."
    assert "Arab League" in actors(res, text)


@pytest.mark.parametrize("text, name", [
    # named "<Chamber> of <Country>" and by their full names, as the recent golds name them
    ("وسيصوت مجلس النواب المصري على القانون الأسبوع المقبل.", "House of Representatives of Egypt"),
    ("ويعقد مجلس النواب الليبي جلسة في بنغازي يوم الاثنين المقبل.", "House of Representatives of Libya"),
    ("وقال المجلس الرئاسي الليبي إنه سيعلن موقفه الأسبوع المقبل.", "Presidential Council of Libya"),
    ("ووقع المكتب الوطني للسكك الحديدية في المغرب عقدا لشراء قطارات جديدة.", "Office National des Chemins de Fer"),
    ("وقال الاتحاد العام لمقاولات المغرب إنه سيوقع اتفاقا مع نظيره السنغالي الشهر المقبل.",
     "General Confederation of Moroccan Enterprises"),
])
def test_bodies_named_as_the_recent_golds_name_them_arabic(res, text, name):
    assert name in actors(res, text)


def test_a_bare_national_army_is_the_datelines_state_not_the_neighbour_named_most(res):
    # a Gabes outlet on flights from Libya: Libya is named more often than Tunisia, the army is Tunisia's
    text = ("قابس - «نافذة الواحة»\nتستقبل قابس يوم السبت أول رحلة من طرابلس، وقال وزير النقل التونسي إن "
            "الرحلات ستكون أسبوعية، وإن شركة ليبية قد تنضم إلى الخط في الخريف.\n"
            "أمنيا، ستتولى وحدات من الجيش الوطني تأمين محيط المطار يوم الافتتاح.")
    forces = {name: country for name, (kind, country) in actors(res, text).items() if kind == "org"}
    assert "TN" in forces.values() and "Libyan National Army" not in forces, forces


def test_mauritanian_given_names_open_a_name(res):
    text = "نواكشوط - وقال المدير العام للميناء، أحمدو ولد سيدي بوبكر، إن المجموعة ستضخ 420 مليون دولار الشهر المقبل."
    assert [name for name, (kind, _) in actors(res, text).items() if kind == "person"][0].startswith("Ahmedou Ould")
