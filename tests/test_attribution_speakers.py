"""Who speaks: unnamed speakers with a qualifying phrase, Arabic accusative sources, "according
to" and its source, institutions named by the gazetteer, speakers that open or close a clause.

Every sentence here is written for this file (invented people, places and topics).
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract
from claimtracker.extract.attribution import Hit
from claimtracker.extract.source_pairs import paired as _paired

PUBLISHED = date(2026, 3, 1)


def _english_grammar():
    return Resources.load().lexicons["en"].attribution.grammar


def _claims(text: str, lang: str):
    ex = extract(text, published=PUBLISHED, lang=lang, resources=Resources.load())
    return [m for m in ex.mentions if m.is_forward]


def _kind_of(text: str, lang: str, part: str) -> str:
    found = [m for m in _claims(text, lang) if part in m.quote]
    assert found, f"no forward claim holding {part!r} in {text!r}"
    return found[0].attribution.kind


@pytest.mark.parametrize(
    ("text", "part", "kind"),
    [
        # an indefinite group with a qualifying phrase before its verb
        ("Political commentators in the province say the governor is likely to win a second term.",
         "governor", "observers"),
        ("Most analysts surveyed by the Harbour Gazette expect the bank to hold rates at 6% next week.",
         "hold rates", "observers"),
        ("Economists at Lagos investment banks said a rate cut could come in March.", "rate cut", "observers"),
        ("The premier could call a snap vote as early as April, three senior members of her Green Alliance "
         "party said on Monday.", "snap vote", "anonymous"),
        ("The mayor is expected to announce a decision after the council meeting in mid-June, the party "
         "members said.", "mayor", "anonymous"),
        ("Analysts do not expect the central bank to raise rates before September.", "raise rates", "observers"),
        # the second clause keeps the speaker of the first
        ("Political commentators in the province say the governor is likely to win a second term, but "
         "expect a lower turnout in the northern districts.", "lower turnout", "observers"),
        # a possessive ministry speaks for its state
        ("Officials from both countries are expected to meet in Tbilisi on Monday to discuss a rail link, "
         "Georgia's Transport Ministry said.", "Tbilisi", "official_statement"),
        ("The talks will resume in Quito next week, Peru's Foreign Ministry said.", "Quito", "official_statement"),
    ],
)
def test_english_speakers(text, part, kind):
    assert _kind_of(text, "en", part) == kind


def test_officials_hope_speaks_only_for_its_own_clause():
    text = ("The audit is expected to take about ten days, and officials hope to sign a framework accord "
            "before the end of May.")
    assert _kind_of(text, "en", "framework accord") == "anonymous"
    # the source phrase leaves the cue word "hope" to the claim: a hope is uncertain
    hoped = [m for m in _claims(text, "en") if "framework accord" in m.quote][0]
    assert hoped.certainty < 0.6
    assert _kind_of(text, "en", "audit") == "outlet"


@pytest.mark.parametrize(
    ("text", "part", "kind"),
    [
        # indefinite people in the accusative after لكن / غير أن
        ("لكن مصدرا في وزارة المالية، طلب عدم كشف اسمه، قال إن الحكومة لن توقع الاتفاق قبل نهاية الشهر المقبل.",
         "الحكومة", "anonymous"),
        ("غير أن نوابا من أحزاب المعارضة لم يستبعدوا تأجيل التصويت إلى الأسبوع المقبل.", "تأجيل", "anonymous"),
        ("غير أن دبلوماسيا أوروبيا في نواكشوط قال إن الجولة المقبلة لن تعقد قبل منتصف أيلول.", "الجولة",
         "anonymous"),
        ("وتتحدث أوساط دبلوماسية عن احتمال عقد القمة في الرباط الشهر المقبل.", "القمة", "anonymous"),
        ("ويرى خبراء في قطاع النقل أن المشروع قد يتأخر حتى العام المقبل.", "المشروع", "observers"),
        # a ministry's document and an office's statement
        ("وبحسب الجدول الذي نشرته الوزارة، تبدأ الحملة الانتخابية قبل شهر من موعد الاقتراع.", "الحملة",
         "official_statement"),
        ("يزور الرئيس التونسي قيس سعيد الجزائر الأحد المقبل، يلتقي خلالها الرئيس عبد المجيد تبون، بحسب ما أعلن "
         "مكتب رئيس الحكومة في بيان.", "يلتقي", "official_statement"),
        # a speaker the gazetteer does not know, in the speaker's slot
        ("وقال الحمداني إن اللجنة ستعقد اجتماعها المقبل في الموصل يوم الخميس.", "اللجنة", "named"),
        # «في حين يتوقع آخرون»: a new clause with its own speakers, not an apposition
        ("ومن المنتظر أن تبدأ المحادثات مطلع آذار المقبل، بحسب تقديرات نواب في البرلمان الحالي، في حين يتوقع "
         "آخرون أن تتأخر أشهرا.", "تتأخر", "anonymous"),
    ],
)
def test_arabic_speakers(text, part, kind):
    assert _kind_of(text, "ar", part) == kind


def test_the_speaker_of_the_complement_is_the_outer_one():
    # «وأضاف المصدر أن الحكومة تعتزم»: the government is what the source talks about
    text = "وأضاف المصدر أن الحكومة ستعلن موعد الانتخابات الشهر المقبل."
    assert _kind_of(text, "ar", "الحكومة") == "anonymous"


def test_according_to_never_takes_the_name_before_it():
    text = "Jakarta, Sept 3: the minister will meet President Lina Okafor next week, according to the ministry."
    verb_at = text.index("according to")
    name_at = text.index("Lina Okafor")
    verb = Hit("speech", verb_at, verb_at + len("according to"))
    name = Hit("person", name_at, name_at + len("Lina Okafor"))
    assert not _paired(text, verb, name, 40, [], True, _english_grammar())
    # the same name as the source after "according to" is kept
    text2 = "The minister will travel to Lima next week, according to Lina Okafor."
    at = text2.index("according to")
    at2 = text2.index("Lina Okafor")
    assert _paired(text2, Hit("speech", at, at + 12), Hit("person", at2, at2 + 11), 40, [], True, _english_grammar())


def test_a_participle_goes_on_with_the_sentences_speaker():
    # «..., مشيرة إلى أن»: the participle's speaker is the subject of the sentence, not the noun before it
    text = "وأضافت المصادر أن الوساطة ستتواصل بين الجيش والمعارضة، مشيرة إلى أن موعد الجولة المقبلة لم يحدد بعد."
    kinds = {m.attribution.kind for m in _claims(text, "ar")}
    assert kinds == {"anonymous"}


@pytest.mark.parametrize(
    ("text", "part", "kind"),
    [
        ("Several ministers said the cabinet would meet in Accra on Tuesday.", "cabinet", "anonymous"),
        ("People briefed on the negotiations said a deal could be announced next month.", "deal", "anonymous"),
        ("The vote will be held on June 3, the Ghana Electoral Commission said.", "vote", "official_statement"),
        ("Three member states could back restoring the envoy's seat by May, according to a senior Southeast "
         "European diplomat.", "member states", "anonymous"),
        ("The package would add nine officials to the list in June, according to a draft circulated among "
         "member states.", "package", "anonymous"),
        ("The board is expected to issue a statement on the merger next week.", "board", "outlet"),
    ],
)
def test_more_english_sources(text, part, kind):
    assert _kind_of(text, "en", part) == kind


def test_a_following_sentence_goes_on_with_the_speaker():
    text = ("A senior official said the envoy would arrive in Lusaka on Monday. "
            "He also said the talks would last three days.")
    assert _kind_of(text, "en", "three days") == "anonymous"
    text_ar = "وقال مصدر حكومي إن الوفد سيصل إلى الخرطوم يوم الاثنين. مشيرا إلى أن المحادثات ستستمر ثلاثة أيام."
    assert _kind_of(text_ar, "ar", "ثلاثة أيام") == "anonymous"


def test_a_negated_confirmation_attributes_nothing():
    text = "ولم يستبعد مراقبون أن يلتقي الوزير خلال الزيارة بقادة المعارضة، وهو ما لم تؤكده الخارجية."
    assert _kind_of(text, "ar", "يلتقي") == "observers"
    # an unissued statement is the topic, not a source
    assert _kind_of("ومن المنتظر أن يصدر عن المؤتمر بيان ختامي يتضمن خطة للتعاون الإقليمي.", "ar", "المؤتمر") == "outlet"


@pytest.mark.parametrize(
    ("text", "part", "kind", "words"),
    [
        # a title and the name set off after it speak as that person, the name included
        ("وقال وزير الزراعة الموريتاني، سيدي ولد أحمد، إن الحملة ستبدأ الأسبوع المقبل.",
         "الحملة", "named", "سيدي ولد أحمد"),
        ("وقالت المتحدثة باسم الوزارة، نادين الخوري، إن الوفد سيصل يوم الأحد.",
         "الوفد", "named", "نادين الخوري"),
        # an official of a named body is still unnamed
        ("The canal tolls are expected to rise next year, a Panama Canal Authority official said.",
         "tolls", "anonymous", "official said"),
        # someone's office speaks for them as an institution
        ("The two envoys are expected to meet in Geneva next week, Ramirez's office said.",
         "envoys", "official_statement", "office said"),
        ("The king will travel to Oslo next month, the royal court said on Monday.",
         "Oslo", "official_statement", "royal court said"),
        ("The president will visit Hanoi early next month, the presidential office said.",
         "Hanoi", "official_statement", "presidential office said"),
    ],
)
def test_apposed_names_offices_and_officials_of_bodies(text, part, kind, words):
    found = [m for m in _claims(text, "ar" if text[0] > "\u0600" else "en") if part in m.quote]
    assert found and found[0].attribution.kind == kind
    assert words in (found[0].attribution.text or "")


def test_saying_nothing_attributes_nothing():
    text = "The governor has not said whether she will attend the summit in Lima next month."
    (claim,) = _claims(text, "en")
    assert claim.attribution.kind == "outlet"


@pytest.mark.parametrize("text, part", [
    ("ومن المنتظر أن تعلن وزارة الزراعة خطة الري الجديدة الأسبوع المقبل.", "خطة الري"),
    ("The ministry is expected to announce the new quotas next week.", "quotas"),
])
def test_a_reporting_verb_the_cue_governs_is_the_claim_not_its_source(text, part):
    lang = "ar" if text[0] > "\u0600" else "en"
    found = [m for m in _claims(text, lang) if part in m.quote]
    assert found and found[0].attribution.kind == "outlet"


@pytest.mark.parametrize("text, part, kind", [
    # an outlet named in guillemets, after «وفق ما أفادت»
    ("ومن المقرر أن يصل الوفد إلى عمان الأسبوع المقبل، وفق ما أفادت قناة «الأفق» الأردنية.", "الوفد", "named"),
    # an outlet quoting an unnamed source: the source is the innermost speaker
    ("وسيصل الوفد إلى عمان الأسبوع المقبل، بحسب ما نقلته إذاعة «الشرق» عن مصدر حكومي.", "الوفد", "anonymous"),
])
def test_arabic_outlets_in_guillemets_and_what_they_relay(text, part, kind):
    found = [m for m in _claims(text, "ar") if part in m.quote]
    assert found and found[0].attribution.kind == kind


def test_a_statement_that_is_the_source_is_no_claim_of_its_own():
    text = "وسيبدأ العمل بالقرار الأسبوع المقبل، بحسب بيان صادر عن الوزارة اليوم الأحد."
    claims = _claims(text, "ar")
    assert len(claims) == 1 and "الأسبوع المقبل" in claims[0].quote
    assert claims[0].attribution.kind == "official_statement"


def test_arabic_unpaired_statement_stops_before_a_particle():
    # «في بيان أنها ستعزز»: the statement is «في بيان»; the cue after أن still makes a claim
    text = "وأعلنت وزارة الداخلية في بيان أنها ستعزز الرقابة على الحدود خلال الأيام المقبلة."
    claims = _claims(text, "ar")
    assert claims and claims[0].kind == "prediction"
