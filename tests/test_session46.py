"""Session 46: the misses of held-out 128–130. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2026, 3, 2)


def extraction(res: Resources, text: str, lang: str = "ar"):
    return extract(text, published=PUBLISHED, lang=lang, resources=res)


def actor_names(res: Resources, text: str, lang: str = "ar") -> list[str]:
    return [a.name for a in extraction(res, text, lang).actors]


@pytest.mark.parametrize("text", [
    # an honorific set off after a body whose name ends on a country
    "وقال مدير عام هيئة موانئ الأردن، المهندس الهادي محمد الزين، إن الرصيف الجديد سيعمل الأسبوع المقبل.",
    # and one written straight after the body's name
    "وقال مدير عام هيئة مياه ولاية الجزيرة المهندس الهادي محمد الزين إن المحطة ستعمل الأسبوع المقبل.",
])
def test_a_name_after_an_honorific_keeps_its_given_name_with_the_article(res, text):
    found = extraction(res, text).actors
    assert len(found) == 1 and found[0].kind == "person"
    # the given name «الهادي» opens the name: three words, not the two after it (or a known
    # namesake whose family name sounds alike)
    assert found[0].name_ar == "الهادي محمد الزين"


def test_a_means_after_a_name_is_no_part_of_it(res):
    text = "وصادق الأمير فهد بن سالم بمرسوم أميري على الاتفاق، على أن يدخل حيز التنفيذ في مايو المقبل."
    assert actor_names(res, text) == ["Fahd bin Salem"]


def test_only_b_and_a_long_m_word_reads_as_a_means():
    # a short word («بمبا») may be a name; a given name after ب is left to the caller
    from claimtracker.extract.titles_ar_names import _by_means

    assert _by_means("بمرسوم") and _by_means("بمناسبة")
    assert not _by_means("بمبا")


def test_the_group_refers_back_to_the_group_a_spokesman_speaks_for(res):
    text = "وقال المتحدث باسم جماعة الحوثيين يحيى سريع إن الجماعة ستقاطع جولة المحادثات المقبلة في مسقط."
    found = extraction(res, text)
    assert {a.name for a in found.actors} == {"Yahya Saree", "Houthis"}
    assert "Houthis" in {a.name for a in found.mentions[0].actors}


def test_the_group_with_no_known_name_refers_to_nobody(res):
    # «جماعة ضغط محلية» names no known body, and its words are no person's name either
    text = "وقال المتحدث باسم جماعة ضغط محلية إن الجماعة ستنظم وقفة احتجاجية الأسبوع المقبل."
    assert actor_names(res, text) == []


def test_a_researcher_after_a_centres_name_keeps_the_whole_name(res):
    # the honorific after the centre's name opens the person's name; no namesake is read instead
    text = "وقال الباحث في مركز دراسات الخليج الدكتور الهادي محمد الزين إن المفاوضات ستستأنف الشهر المقبل."
    found = extraction(res, text).actors
    assert [a.name_ar for a in found] == ["الهادي محمد الزين"]


@pytest.mark.parametrize(("text", "name"), [
    ("وكانت شركة «إتش كيه إن» الأميركية قد علقت إنتاجها، على أن تستأنفه الشهر المقبل.", "HKN"),
    ("وأعلنت شركة «إس تي سي» أنها ستطلق خدماتها في عدن الشهر المقبل.", "STC"),
])
def test_a_quoted_name_spelled_in_latin_letter_names_is_an_acronym(res, text, name):
    assert actor_names(res, text) == [name]


def test_letter_names_make_an_acronym_only_all_together():
    from claimtracker.extract.translit import Transliterator

    tr = Transliterator.load()
    assert tr.acronym(["اتش", "اس", "بي", "سي"]) == "HSBC"
    assert tr.acronym(["بي"]) is None  # one letter is no acronym
    assert tr.acronym(["بي", "مورغان"]) is None


def test_a_monsignor_heads_a_delegation(res):
    text = "ويصل وفد من الفاتيكان برئاسة المونسنيور ماركو بيليني إلى محافظة المنيا يوم الأحد المقبل."
    assert actor_names(res, text) == ["Marco Bilini"]


def test_an_armys_name_uses_the_countrys_own_name(res):
    text = "The Armed Forces of Ivory Coast will take over the border posts near Doropo next month."
    assert actor_names(res, text, "en") == ["Armed Forces of Côte d'Ivoire"]


def test_a_generic_body_name_in_another_states_story_is_that_states(res):
    # the gazetteer's Ukrainian service has this name as an alias; in a Lithuanian story it is Lithuania's
    text = ("The commander of the State Border Guard Service, Colonel Darius Zemaitis, could step down "
            "before the end of the year, Lithuanian coalition sources said.")
    found = {a.name: a.country for a in extraction(res, text, "en").actors}
    assert found.get("State Border Guard Service") == "LT"
    assert "State Border Guard Service of Ukraine" not in found


@pytest.mark.parametrize("name", ["R.M.A.L. Rathnayake", "A. B. Perera", "K.D.P. Wijesinghe"])
def test_a_name_with_initials_keeps_them_all(res, name):
    text = f"If a referendum is required, it could be held in February, Election Commission chairman {name} said."
    assert name in actor_names(res, text, "en")


def test_a_place_before_the_sentences_source_is_no_person(res):
    text = "Thailand could join the project by building a branch line to Nakhon Phanom, a Thai transport official said."
    assert actor_names(res, text, "en") == ["Thailand"]


def test_a_person_set_off_before_a_title_still_is_one(res):
    text = "The minister will travel next week to meet Anna Lindqvist, a Swedish trade official, in Stockholm."
    assert "Anna Lindqvist" in actor_names(res, text, "en")


def claims(res: Resources, text: str, lang: str = "ar"):
    return [(m.event_type, m.expected.text if m.expected else None) for m in extraction(res, text, lang).mentions]


@pytest.mark.parametrize("holder", ["The commission's chief electoral officer", "The election commission chairman"])
def test_a_post_holder_stepping_down_resigns_whatever_body_he_heads(res, holder):
    text = f"{holder} is likely to step down before the end of the year, two officials said."
    assert [t for t, _ in claims(res, text, "en")] == ["resignation"]


def test_an_electoral_body_still_runs_the_vote(res):
    text = "The election commission is expected to publish the timetable next week."
    assert [t for t, _ in claims(res, text, "en")] == ["election"]


def test_a_summit_named_with_a_long_body_name_still_owns_its_date(res):
    # «المقررة» is the summit's participle though the council's long name stands between them
    text = ("ويأتي الاجتماع الوزاري قبل أسابيع من القمة الخامسة والعشرين لمجلس التعاون لدول الخليج العربية "
            "المقررة في مسقط في ديسمبر، وفق مصادر دبلوماسية.")
    assert claims(res, text)[0] == ("summit", "في ديسمبر")


@pytest.mark.parametrize("summit", ["القمة الإفريقية", "قمة رؤساء دول وحكومات المجموعة الاقتصادية لدول وسط إفريقيا"])
def test_a_claim_put_before_a_summit_takes_the_summits_date(res, summit):
    text = f"ومن المنتظر أن تعرض الخطة على {summit} المقررة في ياوندي منتصف دجنبر، قصد اعتمادها."
    assert claims(res, text)[0][1] == "منتصف دجنبر"


def test_an_adverb_after_a_title_opens_no_name(res):
    # «السلطان عادة أسابيع»: the sultan usually (spends) weeks; no man named «عادة أسابيع»
    text = "ويتوقع أن يقضي السلطان عادة أسابيع في محافظة ظفار خلال موسم الخريف المقبل."
    assert all(a.kind != "person" for a in extraction(res, text).actors)


@pytest.mark.parametrize("source", ["بحسب شيوخ في المنطقة", "وفق شهود عيان", "بحسب سكان في البلدة"])
def test_unnamed_people_of_a_place_are_an_anonymous_source(res, source):
    text = f"تنتهي يوم الجمعة هدنة عشائرية، ويتوقع تمديدها شهرا إضافيا، {source}."
    found = extraction(res, text).mentions
    assert found and all(m.attribution is not None and m.attribution.kind == "anonymous" for m in found)


def test_residents_counted_are_no_source(res):
    # «احتساب سكان»: a count of residents, not people who speak
    text = "وقد تؤجل اللجنة إعلان النتائج الأسبوع المقبل إثر انتقادات لطريقة احتساب سكان الدوائر."
    found = extraction(res, text).mentions
    assert found and all(m.attribution is None or m.attribution.kind != "anonymous" for m in found)


@pytest.mark.parametrize(("source", "words"), [
    ("the tribunal's secretariat said", "the tribunal's secretariat said"),
    ("the State Committee for National Security said", "the State Committee for National Security said"),
    ("the President's Media Division said", "the President's Media Division said"),
])
def test_a_bodys_office_or_a_body_for_something_speaks_officially(res, source, words):
    text = f"The border crossing will reopen on October 5, {source}."
    found = extraction(res, text, "en").mentions
    assert [(m.attribution.kind, m.attribution.text) for m in found] == [("official_statement", words)]


def test_constitutional_lawyers_are_observers(res):
    text = "The Supreme Court is expected to rule on the draft within three weeks, constitutional lawyers say."
    found = extraction(res, text, "en").mentions
    assert [m.attribution.kind for m in found] == ["observers"]


def window(res: Resources, text: str, lang: str, published: date = PUBLISHED):
    found = extract(text, published=published, lang=lang, resources=res).mentions
    assert found, text
    w = found[0].expected
    return (w.start.isoformat() if w and w.start else None, w.end.isoformat() if w and w.end else None)


@pytest.mark.parametrize(("text", "lang", "start"), [
    ("Full output at the refinery is unlikely before 2028, officials said.", "en", "2028-01-01"),
    ("The highway will not be fully paved before 2028, the minister said.", "en", "2028-01-01"),
    ("A cabinet reshuffle is unlikely before September, analysts say.", "en", "2026-09-01"),
    ("وقال مسؤولون إن إقرار القانون في المجلس لن يتم قبل أيار المقبل.", "ar", "2026-05-01"),
    ("ويرى خبراء أن استكمال الخط قد لا يتحقق قبل 2030.", "ar", "2030-01-01"),
])
def test_not_before_a_date_is_from_that_date_on(res, text, lang, start):
    # the annotation guideline: "not before X" is from the start of X, with no end
    assert window(res, text, lang) == (start, None)


@pytest.mark.parametrize(("text", "lang", "end"), [
    # a deadline at the end of a period stays one, negated or not
    ("Astana would not raise transit fees before the end of the year, officials said.", "en", "2026-12-31"),
    # not ruling something out is a possibility, not a negation
    ("A limited strike cannot be ruled out before September, analysts say.", "en", "2026-08-31"),
    ("ولم تستبعد المصادر أن يزور وزير الخارجية الفرنسي العاصمة قبل أيار المقبل.", "ar", "2026-04-30"),
    ("ومن المتوقع أن يزور الوزير العاصمة قبل أيار المقبل.", "ar", "2026-04-30"),
])
def test_a_deadline_stays_a_deadline(res, text, lang, end):
    assert window(res, text, lang) == ("2026-03-02", end)


def test_a_modal_with_an_adverb_before_see_is_no_report(res):
    # "will also see him on Thursday": the day is the visit's, not a day something was told
    text = "Philippine consular officials will also see him on Thursday, the embassy in The Hague said."
    assert window(res, text, "en", date(2026, 2, 24)) == ("2026-02-26", "2026-02-26")


@pytest.mark.parametrize(("text", "event"), [
    ('Special forces of the three countries will hold the "Three Brothers" exercise near Ganja from September 7 to 18.',
     "military"),
    ("President Ilham Aliyev will host the Turkish and Pakistani leaders for a trilateral summit in Baku on April 29.",
     "summit"),
    ("Heads of state of the Intergovernmental Authority on Development (IGAD) will meet in Djibouti in mid-February.",
     "summit"),
    ("Haiti's transitional authorities plan to hold the first round of a general election on August 30.", "election"),
    ("Prime Minister Jotham Napat will lead Vanuatu's delegation to the COP30 climate summit in Belem next month.",
     "summit"),
    ("The minister will lead a delegation to the talks in Geneva next week.", "meeting"),
    ("Turkish instructors will train Azerbaijani pilots at the Kurdamir base from next month.", "military"),
])
def test_english_event_words_from_held_out_134_to_136(res, text, event):
    assert [t for t, _ in claims(res, text, "en")][:1] == [event]
