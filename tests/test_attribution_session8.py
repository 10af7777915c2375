"""Who speaks, eighth round (English): government bodies outside the gazetteer ("the National
Treasury said", "the Department of Trade said", "the office of the deputy prime minister"), a
union or association speaking for itself even "in a statement", speculation as the source of what
it speculates, "one of them added", and pledges."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2026, 3, 2)


def _forward(text: str):
    ms = [m for m in extract(text, published=PUBLISHED, lang="en", resources=Resources.load()).mentions
          if m.is_forward]
    assert ms, "no forward claim"
    return ms


def _only(text: str):
    ms = _forward(text)
    assert len(ms) == 1, [m.quote for m in ms]
    return ms[0]


@pytest.mark.parametrize(
    "text",
    [
        "The finance minister will present the mid-year budget review on Thursday, the National Treasury said.",
        "Talks on the fishing quota will resume in Oslo next week, the Department of Fisheries said on Monday.",
        "The customs deal will take effect on May 1, according to the office of the deputy prime minister.",
        "The Electoral Institute has said it will publish the final voter roll in April.",
    ],
)
def test_a_government_body_outside_the_gazetteer_is_an_official_statement(text):
    assert _only(text).attribution.kind == "official_statement"


@pytest.mark.parametrize(
    "text",
    [
        "The teachers' union said in a statement that its members would strike on Tuesday.",
        "The largest dockworkers federation, the PTF, said in a statement it would block exports next month.",
        "The national bar association said lawyers would boycott the courts from June 3.",
    ],
)
def test_a_union_or_association_speaks_for_itself_even_in_a_statement(text):
    assert _only(text).attribution.kind == "named"


def test_a_ministry_in_a_statement_stays_official():
    m = _only("The interior ministry said in a statement that the curfew would end on Sunday.")
    assert m.attribution.kind == "official_statement"


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the port would stay open through the winter, dismissing speculation that it could close next month.",
        "Amid rumours that the cabinet may resign before the summer, the president met party leaders.",
    ],
)
def test_speculation_is_the_source_of_what_it_speculates(text):
    ms = [m for m in _forward(text) if "close" in m.quote or "resign" in m.quote]
    assert ms and ms[0].attribution.kind == "anonymous"


def test_one_of_them_refers_back_to_unnamed_sources():
    text = ("Two officials at the central bank said the board was divided. "
            "The governor is likely to step down within weeks, one of them added.")
    ms = [m for m in _forward(text) if "step down" in m.quote]
    assert ms and ms[0].attribution.kind == "anonymous"


def test_a_pledge_is_said_by_whoever_makes_it():
    m = _only("Prime Minister Karel Novotny has pledged to hold a referendum on the treaty before the end of the year.")
    assert m.attribution.kind == "named"
    assert "Novotny" in (m.attribution.text or "")


def test_a_closing_according_to_relays_what_the_subject_signalled():
    m = _only("Brazil and Chile have signalled they could back the proposal at next month's meeting, "
              "according to a senior diplomat in the region.")
    assert m.attribution.kind == "anonymous"


def test_an_outlet_closing_the_sentence_does_not_take_over_the_speaker():
    m = _only("The interior ministry said the border crossing would reopen on Monday, according to Reuters.")
    assert m.attribution.kind == "official_statement"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tbilisi has previously said it would answer any new visa curbs in kind.", "official_statement"),
        ("The opposition leader has repeatedly said he would boycott the vote in May.", "named"),
    ],
)
def test_an_adverb_of_time_between_speaker_and_verb_keeps_them_together(text, kind):
    assert _only(text).attribution.kind == kind


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Peru, one of the few members yet to do so, has said it will submit its report before the next review.", "en"),
        ("Analysts expect Ghana's regulator to approve a smaller rise.", "en"),
        ("ويرجح مراقبون ألا يحسم الملف قبل اتضاح مسار الترتيبات الخاصة بليبيا.", "ar"),
    ],
)
def test_a_forecast_about_a_named_state_is_a_claim_without_actor_event_or_date(text, lang):
    ms = [m for m in extract(text, published=PUBLISHED, lang=lang, resources=Resources.load()).mentions
          if m.is_forward]
    assert len(ms) == 1



@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The government will not seek a new programme once the current one ends, she said.", "en"),
        ("The central bank is expected to keep its stance unchanged.", "en"),
        ("ومن المتوقع أن يبقي البنك المركزي على سياسته الحالية.", "ar"),
        ("ويرجح أن تتراجع الحكومة عن قرارها، بحسب مصادر مطلعة.", "ar"),
    ],
)
def test_a_forecast_about_a_government_body_is_a_claim(text, lang):
    ms = [m for m in extract(text, published=PUBLISHED, lang=lang, resources=Resources.load()).mentions
          if m.is_forward]
    assert len(ms) == 1


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The fuel subsidy will be removed on March 1, the decree published on Friday says.", "official_statement"),
        ("Some of its unions may extend the strike into next week, a CGT leader said.", "anonymous"),
        ("Opposition senators said they could block the loan unless the government publishes its terms.", "anonymous"),
        ("The alliance will hold a rally outside parliament on Saturday, its leaders said.", "named"),
    ],
)
def test_decrees_unnamed_leaders_and_a_groups_own_leaders(text, kind):
    assert _only(text).attribution.kind == kind
