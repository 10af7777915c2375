"""Session 56: a state acts through its embassy, its ambassador, a minister named by two words of
office, and a delegation whose leader stands between it and its verb. Sentences and names written
for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import article_actors


@pytest.mark.parametrize("text", [
    "Peru's ambassador is due to visit the northern port in early March.",
    "Peru's embassy has asked to meet the port authority before the vote.",
    "A Peruvian deputy trade minister is expected in the capital next month.",
    "A Peruvian delegation led by a vice minister of energy will arrive next week.",
    "The Peruvian delegation, headed by Vice Minister Rosa Quispe, will arrive on Monday.",
])
def test_a_state_acts_through_its_envoys_and_delegations(text):
    assert ("Peru", "PE") in article_actors(text, "en")


@pytest.mark.parametrize("text", [
    # an embassy that only speaks reports, as "officials said" does
    "The port will reopen next week, Peru's embassy said.",
    # the leader's own relative clause is not the delegation's verb
    "The talks were led by a delegation of Peruvian experts who will return next week.",
])
def test_a_state_that_only_reports_or_is_described_is_not_an_actor(text):
    assert ("Peru", "PE") not in article_actors(text, "en")


@pytest.mark.parametrize("text", [
    "Peruvian officials are weighing new port fees for foreign trawlers.",
    "Peruvian officials are expected to attend the handover in early May.",
    "Peruvian negotiators are to meet their counterparts in the capital next week.",
])
def test_are_before_what_a_plural_body_does_makes_its_state_act(text):
    assert ("Peru", "PE") in article_actors(text, "en")


@pytest.mark.parametrize("text", [
    "Peruvian officials were not available for comment on the port fees.",
    "Peruvian officials are being questioned about the port fees.",
])
def test_are_before_anything_else_does_not(text):
    assert ("Peru", "PE") not in article_actors(text, "en")


@pytest.mark.parametrize(("text", "actor"), [
    ("Niue will elect its assembly on May 2, the electoral officer said.", ("Niue", "NU")),
    ("Aruban and Venezuelan officials will meet in Willemstad on Monday.", ("Aruba", "AW")),
    ("Curacao will reopen its airport to Venezuelan flights next month.", ("Curaçao", "CW")),
    ("The Isle of Man will press London for a decision next week.", ("Isle of Man", "IM")),
])
def test_self_governing_territories_are_states_of_their_own(text, actor):
    assert actor in article_actors(text, "en")


@pytest.mark.parametrize("text", [
    # French overseas departments stay France's; "New Jersey" is a US state, not Jersey
    "Mayotte will receive 200 more police officers next month, the interior ministry said.",
    "New Jersey will vote on the bill next week.",
])
def test_departments_and_word_like_territories_stay_out(text):
    codes = {c for _, c in article_actors(text, "en")}
    assert not codes & {"YT", "JE"}, codes


@pytest.mark.parametrize(("text", "actor"), [
    ("The Scottish government will publish its referendum bill next week.", ("Scottish Government", "GB")),
    ("Tasmania's government could delay the stadium vote until March.", ("Government of Tasmania", "AU")),
    ("The Quebec government is expected to sign the hydro deal on Friday.", ("Government of Quebec", "CA")),
    ("The Flemish government will decide on the port levy next month.", ("Flemish Government", "BE")),
    ("Holyrood will vote on the motion next Wednesday.", ("Scottish Parliament", "GB")),
    ("The Basque parliament is expected to approve the statute in June.", ("Basque Parliament", "ES")),
])
def test_governments_and_parliaments_of_self_governing_regions_are_actors(text, actor):
    assert actor in article_actors(text, "en")


def attributions(text: str) -> list[tuple[str, str | None]]:
    from claimtracker.extract import Resources, extract
    out = extract("Headline\n\n" + text, published=None, lang="en", resources=Resources.load())
    return [(m.attribution.kind, m.attribution.text) if m.attribution else (None, None) for m in out.mentions]


def test_sources_in_a_body_stay_anonymous():
    text = "The two leaders are expected to meet in mid-April, Kurdistan Regional Government sources said."
    assert attributions(text) == [("anonymous", "Government sources said")]


def test_the_body_itself_speaking_is_an_official_statement():
    text = "The two leaders are expected to meet in mid-April, the Basque government said."
    assert attributions(text) == [("official_statement", "the Basque government said")]


def arabic_names(text: str) -> list[str]:
    return [name for name, _ in article_actors(text, "ar")]


def test_a_different_given_name_in_apposition_is_another_person_of_that_surname():
    found = arabic_names("وقال محافظ المدينة، فضل القحوم، إن القوات لن تنسحب الأسبوع المقبل.")
    assert "Ali al-Qahoom" not in found and any(n.startswith("Fadl") for n in found), found


@pytest.mark.parametrize("text", [
    # «فور» (as soon as) opens a clause, not a name, after a title
    "وقال النائب إن اللجنة ستستدعي وزير الزراعة فور بدء الدورة الجديدة في أكتوبر.",
    # «أرباب» (owners) is a group of people, not a name
    "ويلتقي المحافظ ممثلي أرباب المراكب يوم الثلاثاء المقبل.",
])
def test_function_words_and_groups_after_a_title_name_no_one(text):
    assert [n for n, c in article_actors(text, "ar") if n not in ("Morocco", "Egypt")] == []


def test_a_town_named_like_a_person_is_no_person():
    text = "وقال المسؤول إن الحصة ستشمل دوائر الفقيه بن صالح وسيدي بنور الأسبوع المقبل."
    assert "Abdelkader Bensalah" not in arabic_names(text)
    assert "Abdelkader Bensalah" in arabic_names("وقال عبد القادر بن صالح إن الانتخابات ستجرى الشهر المقبل.")


def english_windows(text: str) -> list[tuple[str | None, str | None]]:
    from datetime import date

    from claimtracker.extract import Resources, extract
    out = extract("Headline\n\n" + text, published=date(2026, 3, 4), lang="en", resources=Resources.load())
    return [(m.expected.start.isoformat() if m.expected and m.expected.start else None,
             m.expected.end.isoformat() if m.expected and m.expected.end else None) for m in out.mentions]


@pytest.mark.parametrize("text", [
    "Analysts say the runway work could slip to 2030 if the budget is stretched.",
    "The launch may be pushed back to 2030, officials said.",
])
def test_a_year_a_delay_moves_the_event_to_dates_it(text):
    assert english_windows(text) == [("2030-01-01", "2030-12-31")]


def test_a_year_after_to_in_a_range_of_levels_dates_nothing():
    assert english_windows("Emissions will fall 40 percent from 2005 levels to 2030.") == [(None, None)]


def test_jersey_is_a_territory_of_its_own():
    assert ("Jersey", "JE") in article_actors("Jersey will raise its fuel duty next year.", "en")


def arabic_claims(text: str) -> list[tuple[str, str | None]]:
    from datetime import date

    from claimtracker.extract import Resources, extract
    out = extract("عنوان\n\n" + text, published=date(2026, 10, 13), lang="ar", resources=Resources.load())
    return [(m.kind, m.expected.text if m.expected else None) for m in out.mentions]


@pytest.mark.parametrize("text", [
    # the date after an aside set off by commas
    "تصل أول قافلة من الشاحنات، وعددها 120 شاحنة، إلى المعبر يوم الخميس المقبل، بحسب بيان للوزارة.",
    # the date itself set off by commas
    "يفتتح المجلس البلدي، يوم الخميس المقبل، دورته العادية الثانية.",
])
def test_an_arabic_ledes_present_verb_takes_the_date_past_an_aside(text):
    assert arabic_claims(text) == [("prediction", "يوم الخميس المقبل")]


def test_a_sentence_going_on_with_the_story_is_no_schedule():
    text = "ويعيش في المدينة نحو مئتي ألف نسمة، وتعد من أكثر المدن معاناة من نقص المياه خلال فصل الصيف المقبل."
    assert [k for k, _ in arabic_claims(text) if k != "assertion"] == []


@pytest.mark.parametrize(("text", "kinds"), [
    ("وعدت البلدية بتعبيد الطريق قبل نهاية الشهر.", ["prediction"]),
    ("وقال المحافظ إن الوزارة وعدت بصرف التعويضات قبل نهاية العام.", ["prediction"]),
    # a promise made before, as a noun or in a relative clause, is no new claim
    ("وتأجلت المسابقة التي وعدت بها الشركة مرتين منذ مارس الماضي.", []),
])
def test_an_arabic_promise_looks_forward(text, kinds):
    assert [k for k, _ in arabic_claims(text) if k != "assertion"] == kinds


@pytest.mark.parametrize("text", [
    "ولم تؤكد الحكومة حتى الآن مستوى تمثيلها في المؤتمر.",
    "لكن الوزارة لم تعلن بعد موعد الجولة الثانية.",
])
def test_not_yet_confirmed_or_announced_is_an_open_question(text):
    assert [k for k, _ in arabic_claims(text)] == ["speculation"]
