"""Session 33: adverbial accusatives («خلفا له», «بدلا منه») open no name after a title; the
passive «يُنتظر», told from the active «ينتظر» by its damma, is an expectation. Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract
from claimtracker.extract.marked_cues import compile_marked

PUBLISHED = date(2026, 4, 14)


def run(res: Resources, text: str, lang: str = "ar"):
    return extract(text, published=PUBLISHED, lang=lang, resources=res)


@pytest.mark.parametrize("text", [
    "ومن المتوقع أن يعين مدير المشروع خلفا له الشهر المقبل.",
    "ومن المتوقع أن يتولى نائب الوزير بدلا منه الملف الشهر المقبل.",
    "ويرجح أن يعين رئيس الحكومة مستشارا عوضا عنه قبل نهاية الشهر.",
])
def test_an_adverbial_accusative_after_a_title_is_no_name(res, text):
    ex = run(res, text)
    assert ex.mentions, text
    assert not [a for a in ex.actors if a.kind == "person"], [a.name for a in ex.actors]


def test_a_name_after_a_title_still_reads_before_an_adverb(res):
    ex = run(res, "ومن المتوقع أن يزور وزير الخارجية سعيد الهاشمي باريس ردا على الدعوة الشهر المقبل.")
    names = [a.name for a in ex.actors if a.kind == "person"]
    assert len(names) == 1 and names[0].endswith("Hashemi"), names


@pytest.mark.parametrize("text", [
    "ويُنتظر توقيع اتفاقية التعاون الأحد المقبل.",
    "وتُنتظر المصادقة على الميزانية في جلسة الخميس المقبل.",
    "ويُنْتَظَرُ وصول الوفد إلى العاصمة غدا.",
])
def test_the_marked_passive_is_an_expectation(res, text):
    forward = [m for m in run(res, text).mentions if m.kind in ("prediction", "speculation")]
    assert forward and 0.4 <= forward[0].certainty < 0.7, [(m.quote, m.certainty) for m in forward]


def test_the_marked_passive_opens_a_claim_of_its_own_after_hayth(res):
    text = "ويصل الرئيس إلى القاهرة الأحد المقبل، حيث يُنتظر توقيع اتفاقية لتطوير المرحلة الثانية من المشروع."
    forward = [m for m in run(res, text).mentions if m.kind in ("prediction", "speculation")]
    assert len(forward) == 2, [m.quote for m in forward]
    assert forward[1].quote.startswith("حيث يُنتظر") and forward[1].event_type == "agreement"
    assert forward[1].certainty < 0.7


@pytest.mark.parametrize("text", [
    "وتنتظر دمشق زيادة إمدادات الغاز الشهر المقبل.",
    "والشركات الأجنبية تنتظر ضمانات الدفع قبل نهاية العام.",
])
def test_the_bare_active_verb_is_no_expectation(res, text):
    for m in run(res, text).mentions:
        assert not (0.4 <= m.certainty < 0.7 and "نتظر" in m.quote[:25]), (m.quote, m.certainty)


def test_marked_forms_compile_for_known_groups_only():
    table = {"_doc": "x", "expectation": ["يُنتظر"], "nonexistent": ["تُنتظر"]}
    compiled = compile_marked(table, ["expectation"])
    assert [name for name, _ in compiled] == ["expectation"]
    pattern = compiled[0][1]
    assert pattern.search("ويُنْتَظَرُ أن") and pattern.search("فيُنتظر")
    assert not pattern.search("وينتظر أن") and not pattern.search("ويَنتظر")
    # the conjunction stays out of the cue's span
    m = pattern.search("ويُنتظر")
    assert m.group(1) == "يُنتظر"


def test_remotely_is_no_after_word(res):
    """«عن بعد» is remotely: the meeting is on Friday, not after it."""
    ex = extract("يعقد وزير الخارجية اجتماعا عن بعد يوم الجمعة المقبل مع رؤساء البعثات القنصلية.",
                 published=date(2026, 5, 12), lang="ar", resources=res)
    w = ex.mentions[0].expected
    assert (w.start, w.end) == (date(2026, 5, 15), date(2026, 5, 15))
    # a plain «بعد» still opens the window after the day
    ex = extract("يعقد الوزير اجتماعا بعد يوم الجمعة المقبل مع رؤساء البعثات.",
                 published=date(2026, 5, 12), lang="ar", resources=res)
    w = ex.mentions[0].expected
    assert w.start == date(2026, 5, 16) and w.end is None


@pytest.mark.parametrize("text, words", [
    ("He hoped to extend the state of emergency before March 22, Thomas Kila, a bishop, said.",
     "Thomas Kila, a bishop, said"),
    ("The talks could resume in Port Moresby next week, Bishop Thomas Kila, who led the last round, told reporters.",
     "Thomas Kila, who led the last round, told"),  # the title stays out, as "President"
])
def test_a_named_speaker_before_an_apposition_and_the_verb(res, text, words):
    ex = run(res, text, "en")
    m = ex.mentions[0]
    assert (m.attribution.kind, m.attribution.text) == ("named", words)
    assert any(a.name.endswith("Thomas Kila") for a in ex.actors)


def test_an_apposition_without_a_speech_verb_names_nobody(res):
    ex = run(res, "The bridge could reopen next month, Upper Ferry, a village on the river, will host the ceremony.",
             "en")
    assert not [a for a in ex.actors if a.kind == "person"], [a.name for a in ex.actors]


@pytest.mark.parametrize("text, words, kind", [
    ("The next round could take place in Brussels in mid-July, an EU spokesperson said.",
     "an EU spokesperson said", "named"),
    ("The minister will visit Paris next week, the French embassy in Cairo said.",
     "the French embassy in Cairo said", "official_statement"),
])
def test_more_english_sources(res, text, words, kind):
    m = run(res, text, "en").mentions[0]
    assert (m.attribution.kind, m.attribution.text) == (kind, words)


def test_a_party_in_its_officers_title_is_a_side_with_the_article_too(res):
    ex = run(res, "وقال عضو المكتب السياسي للحزب الديمقراطي الكردستاني، فاضل ميراني، إن حزبه لن يتخلى عن "
                  "وزارة المالية في الحكومة المقبلة.")
    names = [a.name for a in ex.actors]
    assert "Kurdistan Democratic Party" in names and any(a.kind == "person" for a in ex.actors), names


def test_a_ministry_in_its_spokesmans_title_stays_his_post(res):
    ex = run(res, "وقال المتحدث باسم وزارة الخارجية الروسية ألكسندر غروشكو إن الوفد سيصل إلى دمشق الأسبوع المقبل.")
    assert not [a for a in ex.actors if "Ministry" in a.name], [a.name for a in ex.actors]


def test_a_title_in_the_sentence_before_is_no_post_of_the_next_sentences_party(res):
    text = ("The bill could pass with the votes of the Conservatives, two Labour lawmakers said. Progress Party "
            "leader Sylvi Listhaug said her party would vote against it next week.")
    assert "Progress Party" in [a.name for a in run(res, text, "en").actors]


@pytest.mark.parametrize("text", [
    "ويُنتظر أن يشارك مبعوث للاتحاد الأفريقي في الجولة المقبلة بصفة مراقب الأسبوع المقبل.",
    "وقد تتعثر المفاوضات الشهر المقبل بعد انشقاق قائد ميداني بارز عن الحركة.",
    "ومن المتوقع أن يوقع البلدان اتفاقا لتدريب عناصر خفر السواحل الشهر المقبل.",
])
def test_adverbs_and_adjectives_after_a_title_are_no_name(res, text):
    ex = run(res, text)
    assert ex.mentions, text
    assert not [a for a in ex.actors if a.kind == "person"], [a.name for a in ex.actors]


def test_a_military_operation_before_a_title_is_no_person(res):
    ex = run(res, "Uganda's army will keep its troops in Ituri until the end of March under Operation Shujaa, army "
                  "spokesman Felix Kulayigye said.", "en")
    names = [a.name for a in ex.actors]
    assert "Felix Kulayigye" in names and not any(n.startswith("Operation") for n in names), names


@pytest.mark.parametrize("text, kind", [
    ("The agreements will take effect next week.", "agreement"),
    ("The two treaties will take effect next month.", "agreement"),
    ("The opposition party will vote against the agreements next week.", "agreement"),
    ("Jetten aims to present a coalition agreement before the end of January.", "agreement"),
    ("Brussels could lift the remaining measures by the end of the year if tensions ease.", "sanction"),
    ("Moscow may ease its ban on Gagauz wine next month.", "sanction"),
    ("Belgrade hoped to secure a new waiver for the refinery within days.", "sanction"),
    ("Beijing is expected to keep the seafood ban in place until the end of the year.", "sanction"),
])
def test_english_event_words(res, text, kind):
    assert run(res, text, "en").mentions[0].event_type == kind


@pytest.mark.parametrize("text, kind", [
    ("The minister deals with the budget next week.", "agreement"),
    ("The city's ban on smoking in bars will take effect next month.", "sanction"),
])
def test_english_event_words_kept_out(res, text, kind):
    assert run(res, text, "en").mentions[0].event_type != kind


@pytest.mark.parametrize("text, lang, kind", [
    ("The two sides will exchange drones next month.", "en", "military"),
    ("The minister will make two trips to Asia next month.", "en", "visit"),
    ("The regions could hold referendums next year.", "en", "election"),
    ("The truces could collapse next week.", "en", "ceasefire"),
    ("ومن المتوقع أن تبرم الشركتان صفقات جديدة الشهر المقبل.", "ar", "agreement"),
    ("ومن المرجح أن تدخل المعاهدات حيز التنفيذ العام المقبل.", "ar", "agreement"),
    ("ومن المتوقع أن تصدر الوزارة تصريحات بشأن الملف غدا.", "ar", "statement"),
])
def test_plural_event_nouns(res, text, lang, kind):
    assert run(res, text, lang).mentions[0].event_type == kind


@pytest.mark.parametrize("text", [
    "ويرى مراقبون أن الحكومة ستتجنب أي صدام مع الحزب في المدى القريب.",
    "ويرى اقتصاديون أن الجسر لن يدخل الخدمة قبل 2030.",
    "ويعتقد خبراء أن القمة ستعقد في مارس المقبل.",
])
def test_an_analysts_view_caps_the_future_at_medium(res, text):
    forward = [m for m in run(res, text).mentions if m.kind in ("prediction", "speculation")]
    assert len(forward) == 1 and 0.4 <= forward[0].certainty < 0.7, [(m.quote, m.certainty) for m in forward]


def test_an_analysts_view_leaves_a_hedge_low_and_makes_no_claim_alone(res):
    m = run(res, "ويعتقد خبراء أن المفاوضات قد تتعثر الشهر المقبل.").mentions[0]
    assert m.certainty < 0.4 and m.event_type == "meeting"
    assert not run(res, "ويرى مراقبون أن الحكومة فشلت في إدارة الأزمة العام الماضي.").mentions
    # the view of a later clause caps nothing before it; a report keeps the verb's certainty
    m = run(res, "وقال الوزير إن الحكومة ستوقع الاتفاق الأسبوع المقبل.").mentions[0]
    assert m.certainty >= 0.7


def test_an_analysts_view_caps_the_clauses_after_it(res):
    text = "ويرى مراقبون أن القمة ستعقد في مارس المقبل، لكن الرئيس قد يغيب عنها."
    forward = [m for m in run(res, text).mentions if m.kind in ("prediction", "speculation")]
    assert [round(m.certainty, 2) for m in forward] == [0.55, 0.25], [(m.quote, m.certainty) for m in forward]


@pytest.mark.parametrize("text, verb", [
    ("The opposition alliance will decide on Saturday whether to boycott the vote.", "decide"),
    ("Peru's government will decide by Friday whether to grant safe-conduct to the former prime minister.", "decide"),
    ("Ministers will discuss next week whether to extend the mission.", "discuss"),
])
def test_whether_after_a_verb_of_deciding_is_no_hedge(res, text, verb):
    m = run(res, text, "en").mentions[0]
    assert verb in m.quote and m.certainty >= 0.7


def test_an_open_question_stays_a_hedge(res):
    m = run(res, "It is unclear whether the talks will resume next week.", "en").mentions[0]
    assert m.certainty < 0.4


@pytest.mark.parametrize("text, main, clause, kind", [
    ("The European Union could freeze part of Serbia's funding when foreign ministers meet on June 22.",
     "The European Union could freeze part of Serbia's funding", "when foreign ministers meet on June 22", "meeting"),
    ("The EU may extend the sanctions when ambassadors discuss the draft on Friday, two diplomats said.",
     "The EU may extend the sanctions", "when ambassadors discuss the draft on Friday", "meeting"),
])
def test_a_dated_when_clause_is_a_scheduled_claim_of_its_own(res, text, main, clause, kind):
    ms = run(res, text, "en").mentions
    assert [m.quote for m in ms] == [main, clause]
    assert ms[0].certainty < 0.4 and ms[1].certainty >= 0.7 and ms[1].event_type == kind
    assert ms[1].expected is not None and ms[1].attribution.kind == ms[0].attribution.kind


@pytest.mark.parametrize("text", [
    "It is unclear when they will meet on June 22 to sign the deal.",
    "When they meet on June 22, ministers could approve the plan.",
])
def test_a_when_that_asks_or_opens_the_sentence_is_not_split(res, text):
    assert not [m for m in run(res, text, "en").mentions if m.quote.startswith("when ")]


def test_a_draft_is_a_source_only_when_it_speaks_or_is_seen(res):
    m = run(res, "The EU may review the draft on Friday, two diplomats said.", "en").mentions[0]
    assert (m.attribution.kind, m.attribution.text) == ("anonymous", "two diplomats said")
    m = run(res, "The ministers will sign the accord next week, according to a draft seen by Reuters.", "en").mentions[0]
    assert m.attribution.kind == "anonymous" and "draft" in m.attribution.text
