"""Session 38: past forms of more verbs date a past event, so the month or weekday after them is no
window to come ("annulled the election in December", «ألغت المحكمة النتائج في ديسمبر»); then what
held-out 93–95 showed: names after posts, speakers set off by commas, bare armies, ships and aircraft
sent, speakers after the claim. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2026, 5, 6)
FORWARD = {"prediction", "speculation"}


def forward(res: Resources, text: str, lang: str) -> list:
    return [m for m in extract(text, published=PUBLISHED, lang=lang, resources=res).mentions if m.kind in FORWARD]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Constitutional Court annulled the original election in December, citing fraud."),
    ("en", "Troops repelled an attack on the border post in December."),
    ("en", "A poll published on Sunday put the ruling party six points ahead."),
    ("en", "Parliament scrapped the media law in December after weeks of protests."),
    ("ar", "ألغت المحكمة الدستورية نتائج الانتخابات في ديسمبر."),
    ("ar", "ورفضت الحكومة المقترح في نوفمبر بعد مشاورات طويلة."),
    ("ar", "وكانت الوزارة قد أصدرت في ديسمبر قرارا بتجميد التعيينات."),
])
def test_a_past_verb_dates_a_past_event(res, lang, text):
    assert forward(res, text, lang) == []


# guards: a verb that reports or agrees to what is to come keeps the date ahead (these pass on the start)
@pytest.mark.parametrize(("lang", "text", "start"), [
    ("en", "The two sides agreed to meet again in December.", "2026-12-01"),
    ("en", "The union said its members would strike on Friday.", "2026-05-08"),
    ("ar", "ودعت النقابة إلى إضراب عام يوم الأحد المقبل.", "2026-05-10"),
])
def test_a_date_governed_by_what_is_to_come_stays_ahead(res, lang, text, start):
    found = forward(res, text, lang)
    assert found, text
    assert found[0].expected is not None and found[0].expected.start.isoformat() == start


# Held-out 93–95, read after their blind first runs: a region after a post, an object after a name,
# a speaker set off by commas or introduced by the post he held, and a crown prince's own name.
def people(res: Resources, text: str, lang: str) -> list[str]:
    return [a.name for a in extract(text, published=PUBLISHED, lang=lang, resources=res).actors if a.kind == "person"]


@pytest.mark.parametrize(("text", "words"), [
    ("ومن المنتظر أن يحل المدير الإقليمي لمنظمة الصحة العالمية لأفريقيا سليمان داود كامارا بباماكو الأسبوع المقبل.", 3),
    ("وقال نائب رئيس البنك الدولي لآسيا يوسف حمدي إن البنك سيقرر تمويل المشروع الشهر المقبل.", 2),
])
def test_a_continent_after_a_post_is_no_part_of_the_name(res, text, words):
    found = people(res, text, "ar")
    # the name alone: «لأفريقيا» had been read as its first word ("Lafrikya ...")
    assert len(found) == 1 and len(found[0].split()) == words and not found[0].startswith("L"), found


def test_an_object_after_a_named_holder_ends_the_name(res):
    text = "وستوقع رئيسة الهيئة منى الخطيب ملحقا للعقد مع الشركة اليابانية في طوكيو مطلع أبريل."
    assert people(res, text, "ar") == ["Mona al-Khatib"]


@pytest.mark.parametrize(("text", "name"), [
    ("Two deputies will register a new party next week, one of them, Tamati Ruanui, told reporters on Tuesday.",
     "Tamati Ruanui"),
    ("Aigerim Sarsenova, who headed the national statistics office, is expected to testify before the "
     "committee next week.", "Aigerim Sarsenova"),
])
def test_a_speaker_set_off_by_commas_or_by_a_past_post(res, text, name):
    assert name in people(res, text, "en")


def test_a_group_set_off_by_commas_is_no_person(res):
    # guard: passes on the start too
    text = "A local farmers' group, Green Steppe, said it would hold a protest in Astana on Saturday."
    assert people(res, text, "en") == []


def test_the_crown_prince_is_named_without_his_title(res):
    text = "يترأس ولي العهد الأمير الحسين بن عبد الله الثاني الوفد الذي سيحضر المباراة يوم الثلاثاء المقبل."
    assert people(res, text, "ar") == ["Al Hussein bin Abdullah II"]


@pytest.mark.parametrize("text", [
    "غير أن المتحدث باسم النقابة، سمير حداد، قال إن العمال «لن يعودوا إلى العمل قبل توقيع الاتفاق».",
    "لكن الناطقة باسم الحزب، ليلى منصور، أكدت أن وفد الحزب سيتوجه إلى القاهرة الأسبوع المقبل.",
])
def test_a_named_speaker_set_off_by_commas_before_the_verb(res, text):
    # «لكن المتحدثة …، فلانة، قالت»: the subject before its verb, a comma closing the name's apposition
    found = forward(res, text, "ar")
    assert found and found[0].attribution is not None and found[0].attribution.kind == "named", found


def test_the_bare_army_before_a_quoted_verb_is_the_texts_army(res):
    text = ("السودان يرفض الهدنة. وقال المتحدث العسكري في بورتسودان إن الجيش «سيواصل عملياته في دارفور» "
            "خلال الأسابيع المقبلة.")
    names = [a.name for a in extract(text, published=PUBLISHED, lang="ar", resources=res).actors]
    assert "Sudanese Armed Forces" in names


def test_a_bare_army_before_a_relative_clause_is_the_texts_army(res):
    text = ("MANILA, March 2 (Wire) - The Philippines is bracing for floods. The army, which already runs "
            "relief camps in Samar, will deploy 3,000 more soldiers to the province next week, officials said.")
    names = [a.name for a in extract(text, published=PUBLISHED, lang="en", resources=res).actors]
    assert "Philippine Army" in names


@pytest.mark.parametrize("text", [
    "Canada will send two Hercules aircraft to the region within 48 hours, the defence minister said.",
    "Tokyo could dispatch two surveillance planes to the strait next month, officials said.",
])
def test_sending_ships_or_aircraft_is_military(res, text):
    found = forward(res, text, "en")
    assert found and found[0].event_type == "military", found


@pytest.mark.parametrize(("text", "kind"), [
    ("The committee will take up the budget next week, said Deputy Prime Minister Lorna Vela.", "named"),
    ("The House will vote on the bill next week, said Representative Ramon Dizon, who chairs the committee.", "named"),
    ("The court will hear the application next Monday, a court registrar said.", "anonymous"),
    ("Parliament is expected to vote on the amendment next week, coalition leaders said.", "anonymous"),
    ("The council will decide on the venue on April 16, the governing body said on Wednesday.", "official_statement"),
])
def test_english_speakers_after_the_claim(res, text, kind):
    # a title longer than a word between "said" and the name; people described but unnamed; a body
    found = forward(res, text, "en")
    assert found and found[0].attribution is not None and found[0].attribution.kind == kind, found
