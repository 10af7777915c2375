"""Whether a claim with no event word of its own is about the event an earlier claim named.

A claim without an event word takes an event type from an earlier claim (`inherit.inherit`). That
is right for two kinds of claim:

- the earlier event is a standing state of affairs the whole story is about (an election campaign,
  a war, a truce, a sanctions regime): "the ruling party is likely to keep its majority" is about
  the election, «قد لا تتجاوز المشاركة 40 في المئة» too;
- the claim refers back to a single gathering, trip or deal with words only such an event takes:
  it "takes place", "lasts two days", has a date, a venue, an agenda, participants, "both sides".

A single event (a meeting, a visit, a summit, a deal, a statement) does not carry over to a claim
that speaks of something else: after "the minister will travel to X", "the state will not raise
fees" or "exports may resume in January" are economic measures, `other` in the annotation
guideline. The word lists are lexicon data (`head` in `data/lexicons/events_*.json`:
`standing_types`, `refers_back`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from claimtracker.extract.alternation import compile_led
from claimtracker.extract.event_sittings import SittingRules, clause_ends, read_sittings
from claimtracker.extract.filter import to_normalized
from claimtracker.text import normalize_text

if TYPE_CHECKING:  # events.py loads the rules, so the imports run one way only
    from claimtracker.extract.document import Doc
    from claimtracker.extract.events import EventHit


@dataclass(frozen=True, slots=True)
class ReferRules:
    standing: frozenset[str] = frozenset()  # event types a story keeps talking about
    refers_back: re.Pattern | None = None  # words only an event named before takes
    vote: re.Pattern | None = None  # a bare vote word: an election or a legislature's vote
    measure: re.Pattern | None = None  # what right after a vote word makes it one on a measure ("against")
    legislature: re.Pattern | None = None  # a body that votes on measures ("lawmakers", «مجلس النواب»)
    election: re.Pattern | None = None  # words only an election takes ("polls", "candidates")
    anaphor: re.Pattern | None = None  # "the meeting", "this year's gathering": a gathering named before
    gathering: re.Pattern | None = None  # words naming a gathering, the summit ones in group `summit`
    sittings: SittingRules = SittingRules()  # a deciding body's own sitting (event_sittings.py)
    vote_day: re.Pattern | None = None  # what only the polling day has: turnout, «نسبة المشاركة»
    # "before the vote", «قبل الاقتراع»: a claim timed by an event it must come before (`inherit.before_events`)
    before: re.Pattern | None = None
    # a vote on a measure whose object is an event of one of these types is about that event
    # ("vote on renewing its arms embargo" is a sanction)
    vote_object_types: frozenset[str] = frozenset()
    # "passage is expected", «إقرار القانون»: a measure's passage, decided at the legislature's vote
    passage: re.Pattern | None = None
    # "is expected to attend", «سيحضر»: a claim about attending an event the story dated before
    attend: re.Pattern | None = None
    # types a `refers_back` word never carries: a resignation or a statement has no agenda or sides
    not_referred: frozenset[str] = frozenset()

    @classmethod
    def from_spec(cls, spec: dict) -> ReferRules:
        def words(key: str) -> re.Pattern | None:
            terms = sorted((t for t in spec.get(key, []) if t), key=len, reverse=True)
            return compile_led(rf"(?<!\w)(?:{'|'.join(terms)})(?!\w)") if terms else None

        anaphor = spec.get("anaphoric_gatherings")
        summit, other = spec.get("summit_words"), spec.get("gathering_words")
        measure = spec.get("measure_objects")
        return cls(frozenset(spec.get("standing_types", [])), words("refers_back"), words("vote_words"),
                   re.compile(rf"\s+(?:{'|'.join(measure)})") if measure else None, words("legislature_words"),
                   words("election_words"),
                   compile_led(rf"(?<!\w)(?:{'|'.join(anaphor)})$") if anaphor else None,
                   compile_led(rf"(?<!\w)(?:(?P<summit>{'|'.join(summit)})|{'|'.join(other)})(?!\w)")
                   if summit and other else None,
                   SittingRules.from_spec(spec), words("vote_day_words"), words("before_markers"),
                   frozenset(spec.get("vote_object_types", [])), passage=words("passage_words"),
                   attend=words("attend_words"), not_referred=frozenset(spec.get("not_referred_types", [])))


def carried_type(claim_text: str, earlier_type: str, rules: ReferRules, story: frozenset[str] = frozenset()) -> str:
    """The event type of a claim with no event word, whose nearest related earlier claim is
    about `earlier_type`: that type when it carries over, else `other`.

    `story` holds the event types the headline and the lead name. A standing state of affairs
    carries over only when the story is about it: in a story about reopening a border crossing,
    a passing deployment of guards does not make "the two states plan a joint customs system" a
    military claim (with no headline or lead known, every standing type carries)."""
    if earlier_type == "other":
        return earlier_type
    if earlier_type in rules.standing and (not story or earlier_type in story):
        return earlier_type
    # «جدول أعمال مجلس التنسيق» after a resignation is not about it (`not_referred`)
    if earlier_type not in rules.not_referred and rules.refers_back is not None \
            and rules.refers_back.search(normalize_text(claim_text)):
        return earlier_type
    return "other"


def read_votes(doc: Doc, hits: Sequence[EventHit], rules: ReferRules) -> Sequence[EventHit]:
    """`hits` with each bare vote word read as the text introduced it.

    "The vote" is an election only in a story about one: after "Parliament is scheduled to vote on
    the trade agreement", "lawmakers", "the Security Council", «مجلس النواب», with no word only an
    election takes (polls, ballots, candidates, campaign, electoral) before it, "the vote", "ask
    for the vote to be postponed", "how they would vote" are the legislature's decision on a
    measure, `other` in the annotation guideline, like "vote on the bill". So is a vote whose
    object says it is on a measure ("would vote against the cuts", «التصويت على الموازنة»), with no
    election word in its sentence before it.
    """
    if rules.vote is None or rules.legislature is None or not any(
            h.event_type == "election" or (h.event_type == "other" and rules.vote_object_types) for h in hits):
        return hits
    out = []
    for h in hits:
        if h.event_type == "other" and rules.vote_object_types and rules.vote.match(doc.nslice(h.start, h.end)):
            # the lexicon's vote on a measure ("vote on a resolution", «يصوت مجلس الامن على تمديد»)
            h = replace(h, event_type=_object_type(doc, h, to_normalized(doc.norm, h.start, h.end)[1], hits, rules))
        elif h.event_type == "election" and rules.vote.fullmatch(doc.nslice(h.start, h.end)):
            ns, ne = to_normalized(doc.norm, h.start, h.end)
            before = doc.norm.text[:ne]
            # "will vote in a snap election": the words right after the vote name what it is
            after = doc.norm.text[ne : ne + _VOTE_OBJECT]
            measure = _on_measure(before, doc.norm.text[ne : ne + _MEASURE_OBJECT], ns, rules)
            voter = _votes_in_sentence(before, ns, rules)
            if ((rules.legislature.search(before) and not (rules.election and rules.election.search(before)))
                    or voter or measure) and not _names_election(doc.norm.text, ne, after, measure or voter, rules):
                h = replace(h, event_type=_object_type(doc, h, ne, hits, rules))
        out.append(h)
    return out


def _object_type(doc: Doc, vote: EventHit, vote_end: int, hits: Sequence[EventHit], rules: ReferRules) -> str:
    """The type of a legislature's vote or one on a measure: that of the first event word of a
    `vote_object_types` type in the measure's words, in the vote's sentence ("vote on a resolution
    calling for targeted sanctions"), else `other`."""
    for h in hits:
        if h.start < vote.end or h.event_type not in rules.vote_object_types:
            continue
        ns, _ = to_normalized(doc.norm, h.start, h.end)
        if ns - vote_end > _MEASURE_OBJECT or _SENTENCE_END.search(doc.norm.text, vote_end, ns):
            continue
        return h.event_type
    return "other"


_SENTENCE_END = re.compile(r"[.!?؟\n]")
_VOTE_OBJECT = 24  # characters after a vote word where what is voted in stands ("in a snap election")
_MEASURE_OBJECT = 60  # characters after a vote word where the measure voted on stands ("for the revised budget")
_ELECTION_AFTER = 48  # characters after a vote word where the election it is in may stand
_VOTER_BEFORE = 120  # characters before a vote word where the legislature that votes stands


def _names_election(text: str, vote_end: int, after: str, decided: bool, rules: ReferRules) -> bool:
    """Whether the words after a vote word name an election: right after it ("vote in a snap
    election"), or further on in its sentence when neither a measure as its object nor a
    legislature as its subject (`decided`) makes it a vote on a measure ("Armenians vote in a
    parliamentary election on June 7", but not "vote on the bill before the election" or "the
    Assembly will vote on Thursday on calling a referendum")."""
    if rules.election is None:
        return False
    if rules.election.search(after):
        return True
    if decided:
        return False
    longer = text[vote_end : vote_end + _ELECTION_AFTER]
    end = _SENTENCE_END.search(longer)
    return rules.election.search(longer[: end.start()] if end else longer) is not None


def _votes_in_sentence(before: str, vote_start: int, rules: ReferRules) -> bool:
    """Whether a legislature named earlier in the vote word's own clause, with no election word
    between them, is the one that votes ("Parliament will vote on December 10 on the finance
    bill"), whatever election the story spoke of before."""
    if rules.legislature is None:
        return False
    lo = max(0, vote_start - _VOTER_BEFORE)
    ends = list(_SENTENCE_END.finditer(before, lo, vote_start))
    lo = ends[-1].end() if ends else lo
    body = None
    for m in rules.legislature.finditer(before, lo, vote_start):
        body = m
    return (body is not None and not clause_ends(before, body.end(), vote_start, rules.sittings)
            and not (rules.election and rules.election.search(before, body.end(), len(before))))


def _on_measure(before: str, after: str, vote_start: int, rules: ReferRules) -> bool:
    """Whether the words right after a vote word make it a vote on a measure ("vote against the
    cuts", "vote on the bill"), with no election word earlier in its sentence ("voters will vote
    on the new constitution" is a referendum)."""
    m = rules.measure.match(after) if rules.measure is not None else None
    if m is None:
        return False
    ends = list(_SENTENCE_END.finditer(before, max(0, vote_start - _VOTER_BEFORE), vote_start))
    lo = ends[-1].end() if ends else max(0, vote_start - _VOTER_BEFORE)
    # an Arabic subject stands between the verb and its object: «يصوت الناخبون على»
    return not (rules.election and (rules.election.search(before, lo, vote_start)
                                    or rules.election.search(after, 0, m.end())))


_ANAPHOR_LOOKBACK = 24  # characters before "meeting" where its determiner stands ("this year's ")


def read_anaphors(doc: Doc, hits: Sequence[EventHit], rules: ReferRules) -> Sequence[EventHit]:
    """`hits` with "the meeting", "this year's meeting" read as the gathering named last before.

    A definite "meeting" with no modifier of its own points back: after "leaders will meet in
    Apia for their annual summit", "will not invite partners to this year's meeting" and "at the
    close of the meeting" are that summit. The nearest gathering named before decides, so a
    "preparatory meeting of ministers" in between keeps its own meeting.
    """
    if rules.anaphor is None or rules.gathering is None or not any(h.event_type == "meeting" for h in hits):
        return hits
    out = []
    for h in hits:
        if h.event_type == "meeting":
            ns, ne = to_normalized(doc.norm, h.start, h.end)
            if rules.anaphor.search(doc.norm.text, max(0, ns - _ANAPHOR_LOOKBACK), ne):
                last = None
                for m in rules.gathering.finditer(doc.norm.text, 0, ns):
                    last = m
                if last is not None and last.group("summit"):
                    h = replace(h, event_type="summit")
        out.append(h)
    return out


def read_events(doc: Doc, hits: Sequence[EventHit], rules: ReferRules) -> Sequence[EventHit]:
    """A sentence's event hits as the text before them reads them: `read_votes`, a deciding
    body's sittings (`event_sittings.read_sittings`), then `read_anaphors`. They look back over
    the text, so a sentence's hits are read once for all its claims."""
    return read_anaphors(doc, read_sittings(doc, read_votes(doc, hits, rules), rules.sittings), rules)
