"""Claims with no date or event word of their own take them from the event they refer to: the
claim that named and dated it, else the nearest earlier claim about the same event (`inherit`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from claimtracker.extract.drafts import Draft
from claimtracker.extract.event_refer import ReferRules, carried_type
from claimtracker.models import Window
from claimtracker.text import normalize_text

__all__ = ["before_events", "inherit"]

_NO_EVENT = "other"  # the type of a claim about no single event
_ELECTION = "election"
_VISIT = "visit"


def inherit(drafts: list[Draft], refer: ReferRules) -> None:
    """Claims with no time words or event words of their own take them from the event they refer to.

    The event referred to is the nearest earlier claim about the same event type; failing that,
    the nearest earlier claim sharing an actor. (Sharing an actor alone is weaker: a minister's
    visit next week and his election in May are different events.) A single event (a meeting, a
    visit, a deal) carries its type over only to a claim that refers back to it; a claim about
    something else is `other` (`event_refer.carried_type`). The event referred to still dates the
    claim and passes on to later claims.
    """
    refs: list[str | None] = []  # the event each claim refers to, before `carried_type`
    # whether each claim's date is its own while its type was carried over: "Campaigning begins on
    # January 22" after "the vote is on February 12" is about the vote's run-up, and its date is the
    # campaign's, so a later claim about the vote takes the vote's date (when a claim of its own
    # type dated it; otherwise the run-up's date is the nearest there is)
    borrowed: list[bool] = []
    story = _story_types(drafts)
    for i, d in enumerate(drafts):
        ref = d.event_type
        refs.append(ref)
        borrowed.append(False)
        if d.shared and d.refers and d.kind != "assertion":
            # "sources expect the party to join the dialogue, its council deciding on Saturday": a
            # claim naming a known event, with no time of its own words, is on that event's date
            # rather than on the date of the sentence's other claim
            same = _named_before(d, _earlier(drafts, refs, i))
            if same is not None and same.window is not None:
                d.window = _dating(same, d)
        if d.window is not None and d.event_type is not None:
            continue
        if d.kind == "assertion":
            continue
        ids = {a.actor_id for a in d.actors}
        earlier = _earlier(drafts, refs, i)
        dating = [(p, r) for (p, r), b in zip(earlier, borrowed[i - 1 :: -1], strict=True) if not b] if i else []
        if d.event_type is None:
            # "X is expected to attend": an event the text only introduced in passing as one of a
            # kind ("ministers hold a preparatory meeting on Friday") is not the one a claim that
            # names none goes on about, when the story is about another event
            # (a claim's nouns are read only when it could be the one: typed, sharing an actor)
            # (the headline's claims first: a cheap test, and no nouns are read for them)
            typed = next((r for p, r in earlier if r is not None and (ids & {a.actor_id for a in p.actors})
                          and not _teaser(p, d) and not _side_event(p, story)), None) or next(
                (r for p, r in earlier if r is not None and not _teaser(p, d) and not _side_event(p, story)), None)
            if typed is not None:
                ref = refs[i] = typed
                d.event_type = carried_type(d.sentence.text[d.start : d.end], typed, refer, story)
                # ("other" names no single event: a forecast of rates by year-end dates the rates)
                borrowed[i] = d.window is not None and typed != _NO_EVENT
        if d.window is None and d.loose_count is not None:
            # "20 days before the first phase": the claim has its own time, counted from an event
            # the text does not date, so no other claim's date is its window
            d.window = d.loose_window
        if d.window is None:
            # "the visit may include ..." refers to the visit named before, whatever else it names
            # a possessive date ("this year's meeting") says which event, not when: a date of the
            # same event named before it is the better one
            about = _about(dating, ref, d.mentioned_events) or _about(earlier, ref, d.mentioned_events)
            # "the conference", «المؤتمر»: the claim that named and dated that event, before a
            # nearer claim of the same type (a visit on Tuesday is no mid-May conference)
            same = _named_before(d, earlier) if d.refers else None
            if same is None and ref == _ELECTION and refer.vote_day is not None \
                    and refer.vote_day.search(normalize_text(d.sentence.text[d.start : d.end])):
                # "turnout could drop further": the vote's own day, which the text gave where it
                # introduced the vote, not the nearest step of the process before it (a campaign's end)
                same = _polling_day(drafts[:i])
            same = same or next((p for p in about if not _POSSESSIVE_DATE.search(p.window.text or "")),  # type: ignore[union-attr]
                                about[0] if about else None)
            if same is None and refer.attend is not None \
                    and refer.attend.search(normalize_text(d.sentence.text[d.start : d.end])):
                # "X is expected to attend", with nothing named it attends: the event the story is
                # about, which its lead dated, not the nearest date before it
                same = _lead(drafts[:i])
            if same is None and ids:
                same = next((p for p, _ in earlier if _dates_its_event(p)
                             and ids & {a.actor_id for a in p.actors}), None)
            if same is None and d.sentence.role == "body":
                # "the minister will be received by the president": a claim the text ties to no
                # named event is about the one the sentences just before dated
                same = next((p for p, _ in earlier[:_NEAR_CLAIMS] if _dates_its_event(p)
                             and p.sentence.role == "body" and d.sentence.start - p.sentence.end <= _NEAR_CHARS), None)
            if refer.passage is not None and refer.passage.search(normalize_text(d.sentence.text[d.start : d.end])) \
                    and (same is None or not _about_vote(same, refer)):
                # "Passage is expected": decided at the legislature's vote, which the text dated
                # where it introduced it, not at the nearest date before (a deadline, a delay)
                same = _legislature_vote(drafts[:i], refer) or same
            if same is not None:
                d.window = _dating(same, d)
        if d.window is None:
            d.window = d.loose_window


def _dating(p: Draft, d: Draft) -> Window | None:
    """The date claim `p` passes on to a later claim `d` about its event: the date its words tie to
    that event ("for the April 12 election") before its own window ("by February 2"), when `d` is
    of the event's type or names it as known ("turnout in the runoff")."""
    if p.event_window is None or p.event_type is None:
        return p.window
    if p.event_type == d.event_type or (d.refers and p.event_type in {t for k, t in d.named if k in d.refers}):
        return p.event_window
    return p.window


def _polling_day(drafts: Sequence[Draft]) -> Draft | None:
    """The first body claim about an election dated to a single day of its own: where the text
    gave the day of the vote."""
    for p in drafts:
        w = p.window
        if (p.event_type == _ELECTION and p.sentence.role == "body" and w is not None and w.start is not None
                and w.start == w.end and p.kind != "assertion" and _dates_its_event(p)):
            return p
    return None


def _legislature_vote(drafts: Sequence[Draft], refer: ReferRules) -> Draft | None:
    """The first body claim about a legislature's vote or sitting that dates it to a single day of
    its own ("the Senate will vote on Monday", "parliament will debate the bill on Tuesday")."""
    for p in drafts:
        w = p.window
        if p.kind == "assertion" or p.sentence.role != "body" or w is None or w.start is None \
                or w.start != w.end or not _dates_its_event(p):
            continue
        if _about_vote(p, refer):
            return p
    return None


def _about_vote(p: Draft, refer: ReferRules) -> bool:
    words = normalize_text(p.sentence.text[p.start : p.end])
    return any(r is not None and r.search(words) for r in (refer.vote, refer.legislature))


def _earlier(drafts: Sequence[Draft], refs: Sequence[str | None], i: int) -> list[tuple[Draft, str | None]]:
    """The claims before claim i, nearest first, each with the event it refers to."""
    return list(zip(drafts[i - 1 :: -1], refs[i - 1 :: -1], strict=True)) if i else []


def _teaser(p: Draft, d: Draft) -> bool:
    """Whether claim `p` is the headline's and `d` the body's."""
    return p.sentence.role == "headline" and d.sentence.role == "body"


def _side_event(d: Draft, story: frozenset[str]) -> bool:
    """Whether a claim is about an event of a kind introduced in passing ("a preparatory meeting"),
    of a type the story is not about."""
    # (the type first: a claim of the story's type is no side event, and its nouns are not read)
    return d.event_type not in story and bool(d.side) and all(k in d.side for k, _ in d.named
                                                                 if k not in d.refers)


def _about(earlier: Sequence[tuple[Draft, str | None]], ref: str | None,
           mentioned: frozenset[str]) -> list[Draft]:
    """The earlier claims that date an event of type `ref` or of one the claim mentions. A visit
    that names another event ("will attend the signing") is on that event's date: its claims come
    first."""
    found = [(p, r) for p, r in earlier if _dates_its_event(p) and r is not None and (r == ref or r in mentioned)]
    if ref == _VISIT and mentioned - {_VISIT}:
        found.sort(key=lambda pr: pr[1] == _VISIT)  # (stable: nearest first within each)
    return [p for p, _ in found]


def _named_before(d: Draft, earlier: Sequence[tuple[Draft, str | None]]) -> Draft | None:
    """The claim that dated the event `d` names as known: the nearest earlier claim about it (its
    type is the noun's) that names it with the same noun. A claim naming it about something else
    ("ministers meet on Tuesday to prepare the summit") dates that other thing and is passed over;
    one whose date only says which event ("this year's meeting") leads to the nearest claim before
    it about an event of the noun's type.

    Of the claims that name and date the event in their own words, the first wins: it is where the
    text introduced the event and its date, where later claims that name it mostly speak of
    something done at it (its results, a party joining it) on dates of their own. One that gives it
    a new date ("postponed to") wins outright. A claim whose date stands in another clause of its
    sentence only borrowed it and comes last."""
    borrowed = own = trip = None
    nearer: set[int] = set()  # the sentences of the dated claims passed so far
    for i, (p, _) in enumerate(earlier):
        if not _dates_its_event(p):
            continue  # (before its nouns are read)
        nearer.add(p.sentence.start)
        types = {t for k, t in p.named if k in d.refers}
        if not types:
            continue
        if _POSSESSIVE_DATE.search(p.window.text or ""):  # type: ignore[union-attr]
            return borrowed or next((q for q, r in earlier[i + 1:] if _dates_its_event(q) and r in types
                                     and not _POSSESSIVE_DATE.search(q.window.text or "")), None)  # type: ignore[union-attr]
        if p.event_type == "visit" and p.event_type not in types:
            # a trip "for talks", "to attend the summit" dates what it is made for (held during
            # it), when no claim about that event itself dated it and no sentence between dated
            # anything ("that meeting" after "the board meets on August 20" is the board's)
            trip = trip or (p if nearer == {p.sentence.start} else None)
            continue
        if p.event_type in types:
            if _reschedules(p):
                return p  # "the summit was moved to November": the latest date it was given
            if (p.window.text or "") in p.sentence.text[p.start : p.end]:  # type: ignore[union-attr]
                # the earliest such claim: where the text introduced and dated the event, unless a
                # later one dates it more precisely within that ("next month" in the headline,
                # "mid-April" in the body)
                if own is None or not _inside(own.window, p.window):
                    own = p
            borrowed = borrowed or p
    return own or borrowed or trip


def _inside(a: Window | None, b: Window | None) -> bool:
    """Whether window `a` lies inside `b` and is narrower."""
    if a is None or b is None or None in (a.start, a.end, b.start, b.end) or (a.start, a.end) == (b.start, b.end):
        return False
    return b.start <= a.start and a.end <= b.end  # type: ignore[operator]


def _reschedules(d: Draft) -> bool:
    """Whether a claim gives its event a new date ("postponed to", «أرجئت إلى» in its words)."""
    doc = d.nouns.doc if d.nouns is not None else None
    return doc is not None and doc.moved_to is not None and doc.moved_to.search(doc.nslice(d.start, d.end)) is not None


def _story_types(drafts: Sequence[Draft]) -> frozenset[str]:
    """The event types the story is about: the types of the headline's claims and of the first body
    sentence that holds a claim (the lead)."""
    lead = next((d.sentence.start for d in drafts if d.sentence.role == "body"), None)
    out: set[str] = set()
    for d in drafts:
        if d.sentence.role == "headline" or d.sentence.start == lead:
            # their own types only: an event they mention in passing ("until the Holyrood
            # election") only dates them. A lead with no event word is about something else than
            # any event type carried to it ("Venezuela will extend power cuts"): the story is
            # known, and not about an election
            out.add(d.event_type or _NO_EVENT)
    return frozenset(out)


_POSSESSIVE_DATE = re.compile(r"['’]s$")  # "this year's", "next month's": a date that names the event
_NEAR_CLAIMS = 2  # earlier claims a claim with no date of its own may take one from
_NEAR_CHARS = 400  # characters back to their sentence: the few sentences just before


def _lead(drafts: Sequence[Draft]) -> Draft | None:
    """The first body claim about something to come that dates its own event: the story's lead."""
    return next((p for p in drafts if p.sentence.role == "body" and p.kind != "assertion" and _dates_its_event(p)),
                None)


def _dates_its_event(d: Draft) -> bool:
    """Whether a claim's window dates its event, so a later claim about that event may take it: not
    a count from another event ("patrols begin within 60 days of signing" gives the patrols' window,
    not the signing's date)."""
    w, loose = d.window, d.loose_window
    return w is not None and not (d.loose_count is not None and loose is not None and w.text == loose.text)


def before_events(drafts: Sequence[Draft], refer: ReferRules, published: date | None, time_starts: Sequence[int]) -> None:
    """A claim with no time words of its own, timed by an event it must come before ("will deploy
    more gendarmes before the vote", «قبل الاقتراع»), runs from publication to that event: the
    golds date such claims either up to the event or on the event's day, and a window from now to
    the event's end meets both."""
    if refer.before is None or published is None:
        return
    for d in drafts:
        w = d.window
        if d.kind == "assertion" or w is None or w.start is None or w.start <= published:
            continue
        if any(d.start <= t < d.end for t in time_starts):
            continue
        if refer.before.search(normalize_text(d.sentence.text[d.start : d.end])):
            d.window = Window(published, w.end or w.start, w.text)
