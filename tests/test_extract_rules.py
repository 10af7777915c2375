"""Golden sentences for the later rules: listed countries, which time phrase a claim takes,
countries that only modify an actor, the Arabic conjunction before a surname, and the
first-character dispatch of lexicon alternations (it must match exactly like a plain one)."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtracker.extract import extract
from claimtracker.extract.cues import alternation, compile_scan, scan_spans


def _forward(ex):
    return [m for m in ex.mentions if m.is_forward]


def test_a_country_named_only_in_a_list_is_not_what_the_text_is_about(res):
    text = (
        "Oman will host talks between Iran and the United States next week, officials said. "
        "Delegations from Egypt, Jordan, Qatar and Turkey attended a preparatory meeting last month."
    )
    ex = extract(text, date(2025, 3, 1), "en", res)
    assert {"OM", "IR", "US"} <= set(ex.countries)
    assert not {"EG", "JO", "QA", "TR"} & set(ex.countries)


def test_a_listed_country_named_again_on_its_own_stays(res):
    text = (
        "Egypt will host the summit next month. "
        "Leaders from Egypt, Jordan, Qatar and Turkey are expected to attend, officials said."
    )
    ex = extract(text, date(2025, 3, 1), "en", res)
    assert "EG" in ex.countries


def test_postponed_to_takes_the_new_date(res):
    text = "The election, which was to be held on 2 April, will be postponed to 13 April, the commission said."
    ex = extract(text, date(2025, 1, 10), "en", res)
    windows = [m.expected for m in _forward(ex) if "postponed" in m.quote and m.expected is not None]
    assert windows and windows[0].start == date(2025, 4, 13)


def test_arabic_postponed_to_takes_the_new_date(res):
    text = "أعلنت المفوضية أن الانتخابات التي كانت ستجري في الثاني من نيسان المقبل أرجئت إلى 13 من الشهر نفسه."
    ex = extract(text, date(2025, 1, 10), "ar", res)
    windows = [m.expected for m in _forward(ex) if m.expected is not None]
    assert windows and windows[0].start == date(2025, 4, 13)


def test_the_publication_day_counts_when_it_is_not_when_something_was_said(res):
    # 2025-06-01 is a Sunday
    ex = extract("The party planned to resume coalition talks on Sunday with its partners.",
                 date(2025, 6, 1), "en", res)
    claims = _forward(ex)
    assert claims and claims[0].expected is not None and claims[0].expected.start == date(2025, 6, 1)


def test_the_publication_day_next_to_a_reporting_verb_is_when_it_was_said(res):
    text = "On Sunday, the ministry said that the minister would visit Cairo next week."
    ex = extract(text, date(2025, 6, 1), "en", res)
    claims = _forward(ex)
    assert claims and claims[0].expected is not None and claims[0].expected.start == date(2025, 6, 2)


def test_the_time_in_the_clause_with_the_cue_wins(res):
    text = ("Most of the economists surveyed this week, including those at the big banks, "
            "expect the central bank to cut rates next month.")
    ex = extract(text, date(2025, 6, 4), "en", res)
    claims = _forward(ex)
    assert claims and claims[-1].expected is not None and claims[-1].expected.start == date(2025, 7, 1)


def test_a_country_naming_whose_leader_it_is_does_not_act(res):
    ex = extract("Pakistan Prime Minister Imran Khan is expected to visit Washington next month.",
                 date(2025, 6, 4), "en", res)
    claim = _forward(ex)[0]
    ids = {a.actor_id for a in claim.actors}
    assert "imran-khan" in ids
    assert not any(a.kind == "country" and a.country == "PK" for a in claim.actors)


def test_a_country_followed_by_a_verb_still_acts(res):
    for text in ("Turkey will meet Vladimir Putin next week.", "Turkey Says Vladimir Putin Will Visit Next Week"):
        claim = _forward(extract(text, date(2025, 6, 4), "en", res))[0]
        assert "TR" in {a.country for a in claim.actors if a.kind == "country"}, text


def test_a_dateline_capital_does_not_act(res):
    ex = extract("Kathmandu, June 14: The prime minister will visit India next month, sources say.",
                 date(2025, 6, 14), "en", res)
    claim = _forward(ex)[0]
    assert not any(a.kind == "country" and a.country == "NP" for a in claim.actors)


def test_arabic_conjunction_before_a_surname_named_earlier(res):
    text = ("استقبل الرئيس السوري أحمد الشرع وفدا روسيا في دمشق. "
            "وتتحدث مصادر عن لقاء مرتقب بين بوتين والشرع في موسكو الشهر المقبل.")
    ex = extract(text, date(2025, 8, 3), "ar", res)
    meeting = [m for m in _forward(ex) if "بوتين" in m.quote]
    assert meeting
    assert {"vladimir-putin", "ahmed-al-sharaa"} <= {a.actor_id for a in meeting[0].actors}


def test_un_envoy_in_arabic_gives_the_united_nations(res):
    ex = extract("وقال مبعوث الأمم المتحدة إلى اليمن إن المفاوضات ستستأنف الأسبوع المقبل.", date(2025, 8, 3), "ar", res)
    assert "united-nations" in {a.actor_id for a in ex.actors}


TERMS = ["visit(?:s|ed)?", "vote", "voting", "[ie]xpect", "(?:the )?talks", "truce", "tr[ua]ce?", "meet(?:ing)?",
         "summit", "sanction", "cease-?fire", "ballot", "poll", r"\w+ said", r"\d+ votes?", "(?:an? )?vote"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdeilmnoprstuvxg -19", max_size=60))
def test_dispatched_alternation_matches_like_the_plain_one(text):
    plain = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{t})" for t in TERMS) + r")(?!\w)")
    fast = re.compile(r"(?<!\w)(?:" + alternation(TERMS) + r")(?!\w)")
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdeilmnoprstuvxg -'19", max_size=60))
def test_one_scan_finds_what_each_list_finds_alone(text):
    lists = [TERMS[:5], TERMS[4:9], TERMS[8:]]
    scan = compile_scan([sorted(ts, key=len, reverse=True) for ts in lists], "en")
    found = scan_spans(scan, text, len(lists))
    for ts, spans in zip(lists, found, strict=True):
        alone = re.compile(r"(?<![\w'-])(?:" + "|".join(f"(?:{t})" for t in sorted(ts, key=len, reverse=True))
                           + r")(?![\w-])")
        assert [m.span() for m in alone.finditer(text)] == spans
