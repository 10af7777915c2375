"""A scheduled gathering named, with its date, at the end of another claim is a claim of its own.

"Japarov is expected to raise the issue at the Eurasian Economic Union's Supreme Council in Minsk
in May", «ويتوقع أن يطرح الملف خلال القمة المقررة في الدوحة مطلع ديسمبر»: the claim is that he
will raise the issue (medium; of the gathering's type, as the golds type it); the summit in May
is a second, firmer claim (it is on the calendar), with its own event type and date, and it is what
a reader tracks when the summit comes. The annotated sets treat it so: a summit, election or
meeting with its date inside another claim is a claim of its own, high, with the enclosing claim's
source (53 such claims in 24 sets).
So is a dated visit ("will sign the pact during the minister's visit to Lisbon in October"),
and a range of days after the noun is its date ("from April 6 to April 8").

The gathering is read after a preposition that places the enclosing claim at it or before it (at,
during, before, ahead of; «في», «خلال», «قبل», «على هامش», or ب/ل joined to the noun), then its event
noun, then, within a few words and no clause break, a date to come; the date ends the enclosing
claim's words (nothing but a short tail after it). The enclosing claim then ends before the
preposition, keeping the window it was given from the whole clause, and only when what it keeps,
from where its clause opens, is the larger part: "the choice could still change at a meeting on
Thursday" stays one claim about the meeting. This runs after windows were
filled and inherited, so a later claim never takes its date from the nested one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimtracker.extract.cues import Reading
from claimtracker.extract.document import Doc, TimeSpan, scan_events
from claimtracker.extract.drafts import Draft
from claimtracker.extract.events import EventHit
from claimtracker.extract.filter import to_normalized
from claimtracker.extract.tiles import is_future
from claimtracker.extract.timewords import TimeLexicon, find_times

if TYPE_CHECKING:
    from claimtracker.extract.resources import LanguageLexicons

__all__ = ["split_nested"]

# the event types of a gathering that has a date on the calendar
_GATHERINGS = frozenset(("summit", "election", "meeting", "visit"))
_SCHEDULED = Reading("prediction", 0.85, False, False)
# a preposition that places a claim at or before the gathering, as the last word before its noun
# phrase (a determiner and up to four words of name between: "at the Eurasian Economic Union's
# Supreme Council", «في اجتماع وزراء الخارجية»). A gathering of the claim's own subject ("the bank
# will cut at its meeting in June") is what the claim is about, not another claim.
_LEAD = {
    "en": re.compile(r"(?:^|\s)(?:at|during|before|ahead of|on the sidelines of|on the margins of|until|after)"
                     r"\s+((?:(?!(?:its|their|his|her)\s)(?:the|a|an|this|next|[A-Z][\w'’.-]*|[\w-]+(?:'s|’s)?)\s+){0,5})$"),
    "ar": re.compile(r"(?:^|\s)[وف]?(?:في|خلال|قبل|بعد|حتى|على هامش|عقب)\s+((?:\S+\s+){0,3})$"),
}
# Arabic joins ب/ل (with the article, بال/لل) to the noun: «للقمة», «بالانتخابات»
_JOINED_AR = ("لل", "بال", "ولل", "وبال")
_BREAK = re.compile(r"[,،;؛:(\"“”«»]|\s(?:and|which|where|who|that|و?التي|الذي|حيث)\s")
# a date that belongs to the gathering: after a participle of scheduling, or a date phrase of a day,
# month or part of one (not a span to come, «خلال الأسبوعين المقبلين», "within weeks")
_DATES = {
    "en": re.compile(r"(?:scheduled|set|due|slated|planned|expected)\s+(?:for|in|on|to)?\s*\|"
                     r"|\|(?:in|on|early|late|mid|at the (?:end|start) of)\b"
                     # a range of days is the gathering's own dates ("from April 6 to April 8")
                     r"|\|(?:from|between)\s.*\b(?:to|and|until)\b", re.IGNORECASE),
    "ar": re.compile(r"(?:المقرر|المقررة|المرتقب|المرتقبة|المزمع|المزمعة|المقبل|المقبلة|المنتظر|المنتظرة|المتوقع|المتوقعة)\s*\|"
                     r"|\|(?:في|يوم|يومي|مطلع|منتصف|أواخر|اواخر|أوائل|اوائل|نهاية|بداية|مع بداية)\s"),
}
_DATE_LEAD = re.compile(r"(?:before|ahead of|after|until)\s+(?!(?:its|their|his|her)\s)", re.IGNORECASE)
# where a reported clause opens ("said that", "has said", «إن», «أن», a comma)
_CLAUSE_OPEN = re.compile(r"\b(?:that|said|says|say|told|added|stated|warned|noted)\s|(?<!\S)[وف]?[أإا]ن\s|[,،]\s")
_CLOSING = frozenset(" .!?\n\u061f")
_MAX_GAP = 60  # characters from the event noun to its date
_MAX_TAIL = 30  # characters of the enclosing claim after the date
_MIN_LEFT = 12  # characters the enclosing claim keeps


def split_nested(doc: Doc, drafts: list[Draft], times: Sequence[TimeSpan], lex: LanguageLexicons,
                 time_lexicon: TimeLexicon) -> list[Draft]:
    """`drafts` with each forward claim that ends on a dated gathering cut before it, and the
    gathering added as a claim of its own (sorted later with the rest)."""
    out: list[Draft] = []
    future = [t for t in times if is_future(t.window, doc.published)]
    if not future:
        return drafts
    for d in drafts:
        out.append(d)
        if d.kind not in ("prediction", "speculation"):
            continue
        words_end = _before_source(doc.text, d)
        while words_end > d.start and doc.text[words_end - 1] in _CLOSING:
            words_end -= 1  # the full stop is no word of the claim's
        dated = [t for t in future if d.start < t.start and t.end <= words_end and words_end - t.end <= _MAX_TAIL]
        if not dated:
            continue
        may = _may_date(doc.text, d.start, dated, doc.lang)
        when = doc.lang == "en" and " when " in doc.text[d.start:words_end]
        if not (may or when):
            continue
        events = scan_events(doc, *to_normalized(doc.norm, d.start, d.end), lex)
        nested = (_nested(doc, d, dated, events, time_lexicon, words_end) if may else None) \
            or (_when_clause(doc, d, dated, events, words_end) if when else None)
        if isinstance(nested, Draft):
            out[-1] = nested
        elif nested is not None:
            cut, inner = nested
            out[-1] = replace(d, end=cut)
            out.append(inner)
    return out


def _before_source(text: str, d: Draft) -> int:
    """Where the claim's own words end: before the source that closes it ("…before the May 31
    election, its negotiator told local radio"), which is no tail of the claim's words."""
    said = d.attribution.text if d.attribution is not None else None
    if not said:
        return d.end
    at = text.find(said, d.start, d.end)
    if at <= d.start:
        return d.end  # the source opens the claim, or stands before it
    if text[at + len(said):d.end].strip(" .") and at + len(said) + _MAX_TAIL < d.end:
        return d.end  # the claim goes on after its source ("X said the talks will …")
    # the source's title or role stands before its name: up to the comma that opens it
    comma = max(text.rfind(",", d.start, at), text.rfind("،", d.start, at))
    return comma if comma > d.start else at


def _may_date(text: str, lo: int, dated: Sequence[TimeSpan], lang: str) -> bool:
    """Whether one of `dated` may date a gathering of the claim starting at `lo`, as `_nested`
    reads it, before its event words are looked for (a scan of the claim's words, the costly part).

    `_nested` takes a date after the noun only when `_DATES` finds a match in the words between
    them, the date's own words appended. Those words are a suffix of the `_MAX_GAP` characters
    before the date (the noun ends inside the claim, after `lo`), and every match in a suffix is
    one in the longer text too (no lookbehind; the same text follows), so testing the longer text
    keeps every date `_nested` could take. A date before the noun counts only where `_DATE_LEAD`
    leads it.
    """
    dates = _DATES[lang]
    for t in dated:
        if dates.search(text[max(lo, t.start - _MAX_GAP):t.start] + "|" + text[t.start:t.end]):
            return True
        if lang == "en" and _DATE_LEAD.match(text, t.start):
            return True
    return False


def _nested(doc: Doc, d: Draft, dated: Sequence[TimeSpan], events: Sequence[EventHit],
            time_lexicon: TimeLexicon, words_end: int) -> tuple[int, Draft] | Draft | None:
    """(where `d` is cut, the gathering's claim) for the first gathering with its date at the end
    of `d`; `d` with the gathering's event type when it is kept whole but has no event of its
    own ("water will stay a campaign theme before the presidential election in March 2027" is
    about the election); or None."""
    text = doc.text
    about: Draft | None = None
    for e in events:
        if e.event_type not in _GATHERINGS or not (d.start < e.start < d.end):
            continue
        t = next((t for t in dated if 0 <= t.start - e.end <= _MAX_GAP and _joined(text[e.end:t.start], doc.lang)
                  and _DATES[doc.lang].search(text[e.end:t.start] + "|" + text[t.start:t.end])), None)
        window = t.window if t is not None else None
        if t is not None:
            start = _phrase_start(text, d.start, e.start, doc.lang)
            end = t.end
        elif doc.lang == "en":
            # "before the October 4 general election": the date phrase, led by the preposition,
            # stands before the noun
            t = next((t for t in dated if 0 <= e.start - t.end <= 25 and not _BREAK.search(text[t.end:e.start])), None)
            lead = _DATE_LEAD.match(text, t.start) if t is not None else None
            start = (t.start, lead.end()) if t is not None and lead is not None else None
            end = e.end
            if t is not None and lead is not None:
                # the gathering is on the date itself: "the May 31 election" of "before the May 31
                # election", whose phrase as a whole runs up to the day before
                window = next((h.window for h in find_times(text[lead.end():t.end], doc.lang, doc.published,
                                                            time_lexicon)), t.window)
        else:
            start = None
        if start is None or t is None or window is None:
            continue
        cut = start[0]
        while cut > d.start and text[cut - 1] in " ,،":
            cut -= 1
        if any(o.event_type == e.event_type and o.start < cut for o in events):
            continue  # the claim's own words are about such a gathering («يتوجه الناخبون … في الانتخابات»)
        opens = max((m.end() for m in _CLAUSE_OPEN.finditer(text, d.start, cut)), default=d.start)
        apposed = _APPOSED[doc.lang].fullmatch(text, e.end, t.start) is not None
        if cut - opens < max(_MIN_LEFT, words_end - cut) \
                and not (apposed and any(opens <= o.start and o.end <= cut and o.priority >= 2 for o in events)):
            # the enclosing claim, from where its clause opens, must stay the larger part of its
            # words: "the choice could still change at a meeting on Thursday" is one claim; but a
            # schedule set off by a comma after the noun is the gathering's own, and a claim with an
            # event of its own before it is two ("will step down before the regional election, due by
            # June")
            if d.event_type in (None, "other") and all(o.start >= cut for o in events):
                about = about or replace(d, event_type=e.event_type)
            continue
        inner = Draft(start[1], end, d.sentence, _SCHEDULED, e.event_type, d.actors, d.countries, window,
                      d.attribution, "prediction")
        return cut, inner
    return about


# a participle of scheduling set off after the noun («، المقررة في», ", due by"): the date is still the
# gathering's, across the comma
_APPOSED = {
    "en": re.compile(r"\s*,\s*(?:which is |now )?(?:due|scheduled|set|slated|planned|expected)\s*", re.IGNORECASE),
    "ar": re.compile(r"\s*[،,]\s*(?:المقرر|المقررة|المرتقب|المرتقبة|المزمع|المزمعة|المنتظر|المنتظرة|المتوقع|المتوقعة)\s*"),
}


def _joined(gap: str, lang: str) -> bool:
    """Whether the words between a gathering's noun and a date tie the date to it: no clause break,
    or only a scheduling participle set off by a comma."""
    return not _BREAK.search(gap) or _APPOSED[lang].fullmatch(gap) is not None


def _when_clause(doc: Doc, d: Draft, dated: Sequence[TimeSpan], events: Sequence[EventHit],
                 words_end: int) -> tuple[int, Draft] | None:
    """(where `d` is cut, the clause's claim) for a dated "when" clause closing an English claim:
    "the EU could freeze the funds when foreign ministers meet on June 22". The clause states a
    date on the calendar, a claim of its own as sure as a schedule, whatever the hedge of the
    claim it times; or None. (`split_nested` asks only for English claims that hold " when ".)"""
    text = doc.text
    for m in _WHEN.finditer(text, d.start, words_end):
        before = text[max(d.start, m.start() - 20):m.start()].split()
        if before and before[-1].lower() in _ASKS_WHEN:
            continue  # "it is unclear when they will meet": a question, not a time
        t = next((t for t in dated if 0 <= t.start - m.end() <= _MAX_GAP and not _BREAK.search(text[m.end():t.start])), None)
        if t is None or t.window is None:
            continue
        cut = m.start()
        while cut > d.start and text[cut - 1] in " ,":
            cut -= 1
        opens = max((c.end() for c in _CLAUSE_OPEN.finditer(text, d.start, cut)), default=d.start)
        if cut - opens < _MIN_LEFT:
            continue  # nothing before the clause but its frame: "when they meet" is the claim itself
        own = [e for e in events if m.start() <= e.start < t.end]
        kind = own[0].event_type if own else "other"
        inner = Draft(m.start(), t.end, d.sentence, _SCHEDULED, kind,
                      d.actors, d.countries, t.window, d.attribution, "prediction")
        return cut, inner
    return None


# "when" opening a clause of time inside a claim
_WHEN = re.compile(r"(?<=\s)when(?=\s)")
# words after which "when" asks a question ("unclear when", "decide when") instead of timing the claim
_ASKS_WHEN = frozenset(("unclear", "clear", "know", "known", "knows", "say", "says", "said", "decide", "decides",
                        "decided", "ask", "asks", "asked", "announce", "announced", "sure", "certain", "determine",
                        "wonder", "wondered", "question", "about", "on", "of", "to", "since", "until", "or", "and",
                        "exactly", "precisely", "specify", "indicate", "reveal", "disclose", "confirm", "confirmed"))


def _phrase_start(text: str, lo: int, at: int, lang: str) -> tuple[int, int] | None:
    """(where the enclosing claim is cut, where the gathering's phrase starts) for the event noun
    at `at`, or None when no placing preposition leads to it."""
    if lang == "ar" and text.startswith(_JOINED_AR, at):
        return at, at  # «للقمة», «بالانتخابات»: the preposition is joined to the noun itself
    before = text[max(lo, at - 60):at]
    base = at - len(before)
    m = _LEAD[lang].search(before)
    if m is None or _BREAK.search(m.group(1)):
        return None
    lead = m.start() + (1 if before[m.start():m.start() + 1].isspace() else 0)
    return base + lead, base + m.start(1)
