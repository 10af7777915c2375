"""Who speaks, and what a source phrase does not say: the words of a source phrase ("people
briefed on the talks") name the speaker, not the claim's event; a source phrase never runs over its
own reporting verb; a state body paired as a speaker (an authority, a commission, a central bank)
speaks as an official statement, unless a role stands beside it; a name that owns an office ("X's
office said") makes the office the speaker.

Every sentence here is written for this file (invented people, places and topics).
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2026, 3, 1)


def _claim(text: str, lang: str, part: str):
    ex = extract(text, published=PUBLISHED, lang=lang, resources=Resources.load())
    found = [m for m in ex.mentions if m.is_forward and part in m.quote]
    assert found, f"no forward claim holding {part!r} in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "lang", "part"),
    [
        ("A person briefed on the negotiations said the ministry could raise fuel prices in May.", "en", "fuel"),
        ("The ministry may cut bread subsidies in June, two people involved in the talks said.", "en", "subsidies"),
        ("Three officials familiar with the summit preparations said the port tax would double next year.",
         "en", "port tax"),
        ("وقالت مصادر مطلعة على المفاوضات إن الحكومة سترفع أسعار الكهرباء الشهر المقبل.", "ar", "الكهرباء"),
    ],
)
def test_event_words_of_the_source_phrase_are_not_the_claims(text, lang, part):
    # the talks, the summit, the negotiations name who speaks; the claim is about prices and taxes
    claim = _claim(text, lang, part)
    assert claim.event_type not in ("meeting", "summit"), (claim.event_type, text)


def test_the_claims_own_event_survives_a_source_phrase_with_an_event_word():
    claim = _claim("People close to the negotiations said the two presidents would meet in Accra next week.",
                   "en", "presidents")
    assert claim.event_type == "meeting"


def test_a_source_phrase_stops_at_its_reporting_verb():
    # "briefed on" qualifies the person; the verb is "said", and what follows it is the claim
    claim = _claim("A diplomat briefed on the talks said the government may extend the curfew next week.",
                   "en", "curfew")
    assert claim.attribution.kind == "anonymous"
    assert claim.attribution.text is not None and "government" not in claim.attribution.text
    assert claim.attribution.text.endswith("said")


@pytest.mark.parametrize(
    ("text", "lang", "part", "kind"),
    [
        ("Ferry fares will rise next month, the Maritime Transport Authority said.", "en", "fares",
         "official_statement"),
        ("The Electoral Commission of Lesotho said the count would finish by Friday.", "en", "count",
         "official_statement"),
        ("ومن المتوقع أن تستأنف الرحلات إلى المطار في مايو، بحسب سلطة الطيران المدني.", "ar", "الرحلات",
         "official_statement"),
        # a role beside the body keeps the speaker a named one
        ("أعلن رئيس المفوضية الوطنية للانتخابات أن الاقتراع سيجري في الخامس من مايو.", "ar", "الاقتراع", "named"),
        # a union is no state body: its word is its own
        ("Dockers will strike on Monday, the Ports Workers Union said.", "en", "strike", "named"),
    ],
)
def test_state_bodies_speak_as_official_statements(text, lang, part, kind):
    assert _claim(text, lang, part).attribution.kind == kind


def test_an_office_owned_by_a_name_speaks():
    claim = _claim("The crossing will reopen next week, Prime Minister Tomas Ekwueme's office said on Monday.",
                   "en", "crossing")
    assert claim.attribution.kind == "official_statement"


def test_a_spokesman_owned_by_a_name_is_named():
    claim = _claim("President Lina Okafor's spokesman said the talks would resume in May.", "en", "talks")
    assert claim.attribution.kind == "named"


@pytest.mark.parametrize(
    "text",
    [
        "وأكدت الهيئة أن باب الترشح سيغلق في العاشر من أبريل المقبل.",
        "وقالت هيئة الموانئ إن الرسوم الجديدة ستطبق مطلع الشهر المقبل.",
    ],
)
def test_an_arabic_body_noun_as_speaker_is_an_official_statement(text):
    claim = _claim(text, "ar", "س")
    assert claim.attribution.kind == "official_statement"


@pytest.mark.parametrize(
    ("text", "part", "kind"),
    [
        # a named speaker qualified by where they work, before the verb
        ("Economist Ruth Adjei of the University of Cape Coast said prices had peaked but that a "
         "second rate cut could come in June.", "rate cut", "named"),
        # an office holder's office speaks for the office
        ("The ceasefire talks will resume in May, the office of the peace commissioner said on Friday.",
         "resume", "official_statement"),
        # a role an institution's name owns is a named speaker
        ("The mission could extend its stay until June, the Fund's resident representative said.",
         "extend", "named"),
    ],
)
def test_qualified_speakers_and_roles(text, part, kind):
    assert _claim(text, "en", part).attribution.kind == kind


def test_a_name_described_by_a_membership_role_is_a_person():
    text = ("Ama Boakye, the opposition Progress Alliance's ranking member on the budget committee, said "
            "the minority would demand a full debate next month.")
    claim = _claim(text, "en", "debate")
    assert claim.attribution.kind == "named"
    assert any(a.name == "Ama Boakye" for a in claim.actors)


def test_a_place_before_a_clause_is_no_person():
    ex = extract("Jorge Vidal, Peru's undersecretary for South America, spoke in Lima after meeting "
                 "Prime Minister Ana Ruiz, and said talks would resume next week.",
                 published=PUBLISHED, lang="en", resources=Resources.load())
    assert "South America" not in {a.name for a in ex.actors}


@pytest.mark.parametrize(
    ("text", "lang", "part", "kind", "end"),
    [
        ("Analysts expect the central bank to hold its key rate when the committee announces its decision "
         "on March 18.", "en", "hold", "observers", "2026-03-18"),
        ("ويتوقع محللون أن يبقي البنك على سعر الفائدة عندما تعلن اللجنة قرارها في 18 مارس.", "ar",
         "سعر الفائدة", "observers", "2026-03-18"),
    ],
)
def test_a_reporting_verb_in_a_clause_of_time_is_told_later(text, lang, part, kind, end):
    # the committee does not speak for the claim: it will announce then, and that date is the claim's
    claim = _claim(text, lang, part)
    assert claim.attribution.kind == kind
    assert claim.expected is not None and claim.expected.end is not None
    assert claim.expected.end.isoformat() == end


def test_a_past_reporting_verb_in_a_clause_of_time_still_reports():
    claim = _claim("When the ministry announced the plan, it said the port would reopen in May.", "en", "port")
    assert claim.expected is not None and claim.expected.start.isoformat() == "2026-05-01"
