"""Session 39: what held-out 96–98 showed. A month is no bare surname («مطلع مايو» is early May, not
Luigi Di Maio); a preposition joined to a verbal noun of the مفاعلة shape ends a name («أنيس الجربي
بمساءلة الوزير»). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2026, 3, 24)


def mentions(res: Resources, text: str, lang: str, published: date = PUBLISHED) -> list:
    return list(extract(text, published=published, lang=lang, resources=res).mentions)


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


# English: a legislature's one word beside its state's own body, a party alias that is a slogan, a
# season before a named period, and unnamed allies and lawyers
def names(res: Resources, text: str) -> list[str]:
    return [a.name for a in extract(text, published=PUBLISHED, lang="en", resources=res).actors]


def test_congress_beside_a_us_body_is_the_us_congress(res):
    text = ("Beijing said on Monday that the sale would hurt ties. "
            "The State Department is expected to notify Congress of the sale next week, aides said.")
    found = names(res, text)
    # the story is about China, and "Congress" had become a "Congress of China"
    assert "United States Congress" in found and not any(n.endswith("of China") for n in found), found


def test_congress_alone_in_a_story_about_a_state_is_that_states(res):
    # guard (passes on the start): no US body in the sentence, so the story's state owns it
    found = names(res, "Peru's president said on Monday that Congress would vote on the bill next week.")
    assert "Congress of Peru" in found and "United States Congress" not in found, found


@pytest.mark.parametrize(("text", "party"), [
    ("The committee examining India's \"One Nation, One Election\" bills will table its report next week.", False),
    ("Pauline Hanson said One Nation would back the bill in the Australian Senate next week.", True),
])
def test_one_nation_needs_australia(res, text, party):
    # the second is a guard (passes on the start)
    assert ("Pauline Hanson's One Nation" in names(res, text)) is party


def first_forward(res: Resources, text: str, lang: str = "en"):
    found = [m for m in mentions(res, text, lang, date(2026, 11, 24)) if m.kind in ("prediction", "speculation")]
    assert found, text
    return found[0]


def window_of(res: Resources, text: str):
    return first_forward(res, text).expected


def test_a_season_before_a_named_period_is_no_season(res):
    got = window_of(res, "A vote is expected before the winter session ends on December 19.")
    # "before the winter" had given the last week of November
    assert got is not None and got.end is not None and got.end.isoformat() >= "2026-12-18", got


def test_a_season_alone_is_still_a_season(res):
    # guard (passes on the start)
    got = window_of(res, "The minister is expected to travel to Beijing this winter.")
    assert got is not None and got.start.isoformat() == "2026-12-01", got


@pytest.mark.parametrize("text", [
    "The governor has not ruled out a run, and allies say he could decide in the coming weeks.",
    "A judgment is unlikely before early next year, lawyers following the case said.",
    "The president could call a snap election in the spring, his allies said.",
])
def test_allies_and_lawyers_are_anonymous(res, text):
    found = mentions(res, text, "en")
    assert found and found[0].attribution is not None and found[0].attribution.kind == "anonymous", \
        [(m.quote, m.attribution) for m in found]


# the third is a guard (passes on the start)
@pytest.mark.parametrize("text", [
    "وأعلن الناطق باسم المؤسسة الأمنية أن الأجهزة الأمنية ستنشر نحو 600 عنصر في الحي الغربي من المخيم يوم الأحد المقبل.",
    "وقد تشهد الجبهة الغربية تصعيدا خلال الأيام المقبلة إذا فشلت المحادثات.",
    "ويرجح مراقبون أن تلجأ الجماعة إلى التصعيد على جبهات الساحل خلال الأشهر المقبلة.",
])
def test_men_deployed_and_escalation_on_a_front_are_military(res, text):
    found = mentions(res, text, "ar")
    assert found and found[0].event_type == "military", [(m.quote, m.event_type) for m in found]


def event_of(res: Resources, text: str, lang: str = "en") -> str | None:
    return first_forward(res, text, lang).event_type


@pytest.mark.parametrize(("text", "event"), [
    ("Germany's Bundestag will vote on Friday, December 5, on the government's pension package.", "other"),
    ("The Council of Ministers will vote on Thursday on the last two laws of its reform agenda.", "other"),
    # guards (pass on the start): a legislature named, citizens voting on a constitution, an election
    ("Parliament will vote next week on a bill to raise the minimum wage.", "other"),
    ("Guineans will vote on Sunday, September 21, on a new constitution.", "election"),
    ("Voters will go to the polls on Sunday to elect a new parliament.", "election"),
])
def test_a_body_voting_on_a_measure_after_a_date_is_no_election(res, text, event):
    # a day between the vote and its object had left the vote an election
    assert event_of(res, text) == event
