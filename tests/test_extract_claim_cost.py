"""Claim building skips work whose result cannot change the claim (eighth session, speed): the
event nouns of a claim are read only when `inherit.inherit` asks, and `event_head.head_event` leaves
out tests that cannot change its answer. The output must be what the full reading gives.

Sentences written for these tests (no article text).
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract
from claimtracker.extract import drafts as drafts_module
from claimtracker.extract.document import gather, scan_events
from claimtracker.extract.drafts import Draft, _Nouns
from claimtracker.extract.same_event import read_nouns
from claimtracker.text import normalize
from tests.conftest import first_forward

PUBLISHED = date(2025, 3, 10)


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources.load()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The delegates will gather for an emergency meeting in Quito, and the summit could follow.", "en"),
        ("ومن المنتظر أن يعقد المجلس اجتماعا طارئا قبل القمة المقبلة في الرباط.", "ar"),
    ],
)
def test_lazy_nouns_read_as_read_nouns(res: Resources, text: str, lang: str) -> None:
    doc = gather(text, normalize(text), lang, PUBLISHED, res)
    lex = res.lexicons[lang]
    hits = scan_events(doc, 0, len(doc.norm.text), lex)
    assert hits, "the sentence names events"
    nouns = _Nouns(doc, hits, lex.nouns)
    found = nouns.read()
    assert found == read_nouns(doc, hits, lex.nouns)
    assert nouns.read() is found  # read once
    assert found[0], "some event noun is keyed"


def test_draft_without_event_words_names_no_nouns() -> None:
    d = Draft.__new__(Draft)
    d.nouns = None
    assert d.named == frozenset() and d.refers == frozenset() and d.side == frozenset()


def test_nouns_of_a_dated_claim_are_not_read(res: Resources, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two claims with their own dates: no later claim looks back, so no nouns are read."""
    calls: list[int] = []
    original = drafts_module.read_nouns

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(drafts_module, "read_nouns", counting)
    text = ("The trade ministers will meet in Lima on 14 April.\n\n"
            "The finance ministers are expected to hold talks in Accra on 20 May.")
    out = extract(text, PUBLISHED, "en", res)
    assert len(out.mentions) == 2 and all(m.expected is not None for m in out.mentions)
    assert calls == []


def test_claim_without_date_still_refers_back(res: Resources) -> None:
    """A later claim naming the event as known ("the conference") takes the date of the claim that
    named and dated it, past a nearer claim of another event: the nouns are read when needed."""
    text = ("Delegates from ten states will attend a climate conference in Nairobi on 12 June.\n\n"
            "The transport minister will visit Kisumu on Tuesday.\n\n"
            "Organisers said the conference is expected to draw record numbers.")
    out = extract(text, PUBLISHED, "en", res)
    later = next(m for m in out.mentions if "record numbers" in m.quote)
    assert later.expected is not None and later.expected.start == date(2025, 6, 12)
    assert later.event_type == "meeting"


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        # one event word besides the condition: the condition changes nothing
        ("The border crossing could reopen next month if the patrols are withdrawn.", "en", "other"),
        # a word before the cue that is no reporting frame is kept
        ("The summit in Hanoi is expected to open on Friday.", "en", "summit"),
        # a word in the anchor clause is in no aside
        ("وقال المسؤول إن الوفد سيزور الجزائر الأسبوع المقبل.", "ar", "visit"),
        # a deed done during a trip ("on a visit"): the trip only frames it
        ("The minister will sign a gas agreement on a visit to Baku next week.", "en", "agreement"),
    ],
)
def test_head_event_shortcuts_keep_the_event(res: Resources, text: str, lang: str, event: str) -> None:
    assert first_forward(res, text, lang, PUBLISHED, None).event_type == event
