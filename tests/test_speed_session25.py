"""Speed work of the twenty-fifth session: rewrites that must find exactly what the old code found.

- `alternation.first_char_lead` puts a lookahead for the possible first characters before a
  pattern that opens with a word-start test; every match must stay the same.
- `acronym_orgs._ABBREVIATION` matches its first capital before testing the character ahead of it.
- `nested_events._may_date` skips the event scan of a claim only where `_nested` could take none
  of its dates.

Texts written for these tests.
"""

from __future__ import annotations

import random
import re
from dataclasses import fields
from types import SimpleNamespace

import pytest

from claimtracker.extract import Resources
from claimtracker.extract.acronym_orgs import _ABBREVIATION
from claimtracker.extract.alternation import first_char_lead
from claimtracker.extract.nested_events import _DATE_LEAD, _DATES, _MAX_GAP, _may_date
from claimtracker.text import normalize

_EN = ("The harbour board of Velmora said on Tuesday it would reopen the north quay by March, "
       "paving the way for talks. The following week the FLNKS and the PLRA met; G7 leaders, "
       "the U.N. and NATO-led forces (the KFOR) will not attend. X-ABC said ABCD1 would lead to "
       "a deal ahead of the vote scheduled for June 4, before the summit in May.\nABC")
_AR = ("قالت هيئة الموانئ في فيلمورا إن الرصيف الشمالي سيعاد فتحه في اليوم التالي للاجتماع، "
       "وقد تفضي المحادثات إلى هدنة قبل القمة المقررة في الدوحة مطلع ديسمبر. وفي الأسبوع التالي "
       "يصوت النواب على القانون خلال الجلسة المقبلة.")


def _texts() -> list[str]:
    rng = random.Random(25)
    out = [_EN, _EN.lower(), _AR, normalize(_AR).text, ""]
    for base in (_EN, _AR):
        words = base.split(" ")
        for _ in range(40):
            rng.shuffle(words)
            out.append(" ".join(words))
    return out


@pytest.mark.parametrize("pattern", [
    r"(?<!\w)(?:the following week|the day after)(?!\w)",
    r"(?<!\w)(?:[وف]?[سل]?[يت](?:فضي|ؤدي) (?:الي|الى|عن)|في\s+اليوم\s+التالي)(?!\w)",
    r"(?<!\w)(?:ahead of|before)(?:\s+\S+){0,2}?\s*$",
    r"(?<![\w])(?:[وف])?(?:قبل|خلال)\s*\Z",
    r"(?<!\w)(?:a|an|)(?:deal|vote)",
])
def test_first_char_lead_keeps_every_match(pattern):
    led = re.compile(first_char_lead(pattern))
    assert led.pattern != pattern  # these all have a few known first characters
    plain = re.compile(pattern)
    for text in _texts():
        assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for lo in range(0, len(text), 17):
            a, b = plain.search(text, lo, lo + 60), led.search(text, lo, lo + 60)
            assert (a and a.span()) == (b and b.span())


@pytest.mark.parametrize("pattern", [
    r"(?<!\w)(?:\w+ said|told)",  # a class of unknown characters first
    r"(?i)(?<!\w)(?:said|told)",  # the case of the first character is open
    r"(?m)(?<!\w)(?:said|told)$",  # an inline flag must stay first
    r"(?<!\w)(?:said|)",  # may match the empty string
])
def test_first_char_lead_leaves_what_it_cannot_read(pattern):
    assert first_char_lead(pattern) == pattern


def test_lexicon_patterns_with_a_lead_match_as_before():
    """Every rule pattern that got a lead finds what it found without one, on both languages' texts."""
    res = Resources.load()
    led = []
    for lang in ("ar", "en"):
        events = res.lexicons[lang].events
        grammar = res.time_lexicon.grammars[lang]
        for holder in (events.head, events.refer, events.refer.sittings):
            led += [getattr(holder, f.name) for f in fields(holder)]
        led += [grammar.following, grammar.before_clause, *grammar.prefixes.values()]
    led = [p for p in led if isinstance(p, re.Pattern) and p.pattern.startswith("(?=[")]
    assert len(led) > 20
    for p in led:
        plain = re.compile(p.pattern[p.pattern.index("])") + 2:])
        for text in _texts():
            assert [m.span() for m in p.finditer(text)] == [m.span() for m in plain.finditer(text)], p.pattern


def test_abbreviation_matches_as_the_lookbehind_form():
    old = re.compile(r"(?<![\w'’.-])[A-Z][A-Z0-9]{2,6}(?![\w'’-])")
    texts = _texts() + ["ABC said", ".ABC", "'ABC", "x-ABC", "\nABCD", "ABCDEFGHI", "(KFOR)", "’NATO"]
    for text in texts:
        assert [m.span() for m in _ABBREVIATION.finditer(text)] == [m.span() for m in old.finditer(text)]


def _nested_would_take(text: str, lo: int, t, lang: str) -> bool:
    """Whether `_nested` could take the date `t` for a gathering word ending anywhere after `lo`."""
    for e_end in range(lo + 1, t.start + 1):
        if t.start - e_end <= _MAX_GAP and _DATES[lang].search(text[e_end:t.start] + "|" + text[t.start:t.end]):
            return True
    return lang == "en" and _DATE_LEAD.match(text, t.start) is not None


@pytest.mark.parametrize(("text", "lang"), [
    ("Leaders will meet at the summit scheduled for June 4 in the capital.", "en"),
    ("Leaders will meet at the summit, perhaps in June.", "en"),
    ("Talks could resume ahead of the October 4 election.", "en"),
    ("The ministers are expected to meet next week in Doha.", "en"),
    ("ويتوقع أن يطرح الملف خلال القمة المقررة في الدوحة مطلع ديسمبر", "ar"),
    ("ويتوقع أن يطرح الملف خلال القمة الأسبوع المقبل في الدوحة", "ar"),
])
def test_may_date_never_skips_a_date_nested_could_take(text, lang):
    taken = 0
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + 30) + 1):
            if not text[start:end].strip():
                continue
            t = SimpleNamespace(start=start, end=end)
            if _nested_would_take(text, 0, t, lang):
                taken += 1
                assert _may_date(text, 0, [t], lang)
    assert taken  # the brute force found dates to take


def test_mention_maker_builds_the_dataclass_s_own_mention():
    from claimtracker.extract.records import mention
    from claimtracker.models import Attribution, Mention, Window

    args = ("will visit", 3, 13, "prediction", 0.7, "visit", (), ("QA",), Window(None, None, "soon"),
            Attribution("outlet", None), True)
    made, own = mention(*args), Mention(*args)
    assert type(made) is Mention and made == own and hash(made) == hash(own) and made.to_json() == own.to_json()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_scan_all_with_the_fast_maker_finds_the_same_cues(lang):
    from claimtracker.extract.records import cue_hit

    cues = Resources.load().lexicons[lang].cues
    for text in _texts():
        nt = normalize(text).text
        assert cues.scan_all(nt, cue_hit) == cues.scan_all(nt)


def test_span_makers_build_the_dataclasses_own_spans():
    from claimtracker.extract.document import (
        ActorSpan,
        CountrySpan,
        TimeSpan,
        actor_span,
        country_span,
        time_span,
    )
    from claimtracker.models import ActorRef, Window

    actor, window = ActorRef("x-y", "X Y", "person", "QA"), Window(None, None, "soon")
    for made, own in ((actor_span(actor, 1, 4), ActorSpan(actor, 1, 4)),
                      (country_span("QA", 5, 9, "name", True), CountrySpan("QA", 5, 9, "name", True)),
                      (time_span(window, 2, 6, None, ("before", "day", 2)), TimeSpan(window, 2, 6, None, ("before", "day", 2)))):
        assert type(made) is type(own) and made == own and hash(made) == hash(own)
