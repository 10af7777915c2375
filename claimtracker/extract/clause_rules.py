"""Where a sentence is cut into clauses (`split.py`): the break pattern and the purpose clauses
built from the clause words of `data/lexicons/clauses.json` — a second predicate, a second reported
claim («… متوقعا أن …»), a purpose that meets someone after a trip ("for talks with", «للقاء»).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from claimtracker.config import DATA_DIR
from claimtracker.extract.alternation import literal_alternation

if TYPE_CHECKING:
    from claimtracker.extract.split import Span

_WORD = re.compile(r"\w+")
_CLAUSE_WORDS = DATA_DIR / "lexicons" / "clauses.json"


def _opinion_participle(raw: dict) -> str:
    """A pattern for an Arabic participle of a reporting or opinion verb before its «أن» clause
    («متوقعا أن», «مشيرة إلى أن», «مرجحا ألا»): a second reported claim begins at it."""
    alternatives = literal_alternation(raw["ar_opinion_participles"])
    # the ending: «ا» with its tanween on either side, or «ة»; then the particle and «أن» or «ألا»
    return (rf"(?:{alternatives})(?:\u064b?ا\u064b?|ة) (?:(?:إلى|الى|على|من) |ب)?"
            r"(?:[أاإ]ن(?:ه|ها|هم)?|[أا]لا)(?!\w)")


def _purpose_opener(raw: dict) -> str:
    """A pattern for the words opening a purpose clause that meets someone ("for talks with",
    «للقاء»): after a trip it is a meeting claim of its own."""
    words = [w for lang in ("en", "ar") for w in raw["purpose_openers"][lang]]
    if not words:
        return "(?!)"  # an empty alternation would match everywhere
    return f"(?:{literal_alternation(words)})(?!\\w)"


def _trip_purpose(raw: dict) -> tuple[str, str]:
    """Patterns for a trip word and for the purpose that opens a new event after it ("to meet",
    «للقاء»), from the `trip_purposes` section of the clause words; English case-insensitive."""
    section = raw.get("trip_purposes")
    if not section:
        return "(?!)", "(?!)"

    def words(key: str) -> str:
        en, ar = section[key]["en"], section[key]["ar"]
        parts = ([f"(?i:{'|'.join(en)})"] if en else []) + ([f"(?:{'|'.join(ar)})"] if ar else [])
        return rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)" if parts else "(?!)"

    return words("trip"), words("purpose")


@dataclass(frozen=True, slots=True)
class ClauseRules:
    """Where a sentence is cut into clauses: the break pattern, the characters every break holds,
    and the purpose openers, built from the clause words of `data/lexicons/clauses.json`."""

    breaks: re.Pattern
    break_chars: re.Pattern
    purpose: re.Pattern
    # a trip word, and a purpose after it that opens an event of its own ("to meet", «للقاء»)
    trip: re.Pattern = re.compile("(?!)")
    trip_purpose: re.Pattern = re.compile("(?!)")
    # a relative clause set off by commas: the aside does not end the clause it interrupts
    aside: re.Pattern = re.compile("(?!)")

    @classmethod
    def load(cls, path: Path) -> ClauseRules:
        raw = json.loads(path.read_text(encoding="utf-8"))
        participle, purpose = _opinion_participle(raw), _purpose_opener(raw)
        # "will travel this weekend as the United States tries to bridge the gaps": a clause of
        # "as"/"while" with a subject of its own and its own verb of effort; its hedge is not the trip's
        effort = (r"(?:as|while) (?:the |its |his |her |their )?(?:[A-Z][\w.'-]*\s){1,3}"
                  r"(?:tries|seeks|pushes|presses|works|looks|prepares|scrambles|struggles|races|moves|continues) ")
        # A clause break: `،` `؛` `;` `:`, a comma before a space (a comma before a number is part of a
        # date, "February 4 and 18, 2024"), or a dash between spaces, with the spaces around it. That is
        # \s*(?:[،؛;:]|,(?=\s)(?!\s*\d)|\s[-–—]\s)\s*, written to open with a character class so that the
        # engine skips to the spaces and break characters in C instead of trying \s* at every character.
        breaks = re.compile(
            r"[\s،؛;:,](?:(?<=\s)\s*(?:[،؛;:]|,(?=\s)(?!\s*\d)|[-–—]\s)|(?<=[،؛;:])|(?<=,)(?=\s)(?!\s*\d))\s*"
            # The breaks below are one space before a word: one `\s` with one lookahead of
            # alternatives matches where any of `\s(?=a)|\s(?=b)|...` does, with the same span, and
            # lets the engine try each space once instead of once per break (half the time of the pass).
            r"|\s(?="
            # "will reconvene on 1 September and is expected to vote ...": a second predicate with its
            # own auxiliary is a clause of its own
            r"and (?:is|are|will|would|could|may|might|should|plans?|intends?|hopes?|expects?|(?:has|have) not"
            r"|planned|intended|hoped|expected|aims?|aimed) "
            # "said the list would close on May 2 and that a final list would follow": a second reported
            # clause, «أكد أن ... وأن ...», «قال إن ... وإنها ...», is a clause of its own
            r"|and that |و(?:أن|ان|إن)(?:ه|ها|هم)? "
            # "will open the debate on Monday and hold the final vote on December 10": after a date, a
            # second verb with an object of its own is a second step with its own date (a bare verb
            # and a time, "open on May 18 and close on May 22", is one span)
            r"|(?:(?<=\d\s)|(?<=day\s|ber\s)|(?<=uary\s|arch\s|pril\s| May\s|June\s|July\s|gust\s|week\s|year\s)"
            r"|(?<=month\s))and (?!(?:to|from|in|on|at|by|with|for|the|a|an|then|again|also|not|says?|tell|warn|add|note)\s)"
            r"(?:[a-z]+(?<!ed) (?=(?:the|a|an|its|their|his|her|for|new)\s)"
            # "bids would close at the end of August and licences would be awarded …": after a date,
            # a new subject with a modal of its own
            r"|(?:the |its |their )?[a-z]+ (?=(?:will|would|could|may|might)\s))"
            # «ستعقد اجتماعا يوم الأحد وستناقش الموازنة الشهر المقبل»: و + a verb with its own future prefix
            r"|و(?:س[يتن](?!ا)\w\w|قد [يتن]\w\w)"
            # «يلتقي الوزير نظيره كما سيجري محادثات …»: «كما» ("as well") before a verb with its own
            # future prefix or «قد» coordinates a second predicate, as «و» does
            r"|كما (?:س[يتن](?!ا)\w\w|قد [يتن]\w\w)"
            # «ستبحر الشحنة منتصف نوفمبر» على أن تليها …», «… في 2029 على أن …»: after a closing quote, a
            # number or «المقبل», «على أن» opens the next step with a date of its own, as after a comma
            # (after a verb it is the verb's object: «أكد على أن», «اتفقا على أن»)
            r"|(?:(?<=[»”\d]\s)|(?<=المقبل\s)|(?<=المقبلة\s)|(?<=القادم\s)|(?<=القادمة\s))على [أا]ن"
            # «… الأسبوع المقبل متوقعا أن …»: a participle of a reporting or opinion verb before «أن»
            # opens a second reported claim, also where no comma stands before it
            rf"|(?:{participle})"
            rf"|(?:{effort})"
            # "will visit Kigali on Friday for talks with the president": a purpose clause that meets
            # someone is the meeting after the trip (`opens_purpose` tells the claim cutter)
            rf"|(?:{purpose}))"
        )
        # Every clause break holds one of these: a sentence without them is one clause.
        break_chars = re.compile(rf"[،؛;:,\-–—]| and | و| كما | على [أا]ن|\s(?=(?:{participle})|(?:{purpose})|(?:{effort}))")
        trip, trip_purpose = _trip_purpose(raw)
        openers = raw.get("aside_openers", [])
        aside = re.compile(rf"(?:{'|'.join(map(re.escape, openers))})(?!\w)") if openers else re.compile("(?!)")
        return cls(breaks, break_chars, re.compile(purpose), re.compile(trip), re.compile(trip_purpose), aside)


@lru_cache(maxsize=1)
def default_rules() -> ClauseRules:
    """The project's own clause words (`Resources` loads them from its data folder)."""
    return ClauseRules.load(_CLAUSE_WORDS)


def opens_purpose(text: str, clause: Span, rules: ClauseRules | None = None) -> bool:
    """Whether a clause opens with a purpose phrase that meets someone ("for talks with …"), for
    the claim cutter to give it a claim of its own (the meeting) with the trip's hedge."""
    return (rules or default_rules()).purpose.match(text, clause.start, clause.end) is not None


def after_trip(text: str, start: int, clause: Span, rules: ClauseRules | None = None) -> bool:
    """Whether a clause opens with a purpose that is an event of its own ("to meet …", «لبحث …») and
    a trip word stands in [start, clause start): the claim so far is the trip, this one what it is
    made for."""
    rules = rules or default_rules()
    # (a trip pattern may look ahead to the purpose it needs: "meet in X … to sign", so it reads on)
    return (rules.trip_purpose.match(text, clause.start, clause.end) is not None
            and any(t.start() < clause.start for t in rules.trip.finditer(text, start, clause.end)))


_TRIP_REACH_WORDS = 16  # words between a trip verb and its purpose ("will travel to X early next month to meet")


def purpose_cuts(text: str, start: int, end: int, rules: ClauseRules) -> list[int]:
    """Where a piece of a sentence is cut before a purpose that follows a trip inside it ("will
    visit Rabat on Monday | to meet …"): the purpose is an event of its own. Only after a trip
    word, so that "expected to meet" keeps its cue."""
    cuts = []
    trips: list[re.Match] | None = None  # read once, and only when a purpose is there
    for m in rules.trip_purpose.finditer(text, start, end):
        if trips is None:
            trips = list(rules.trip.finditer(text, start, end))
        last = next((t for t in reversed(trips) if t.end() <= m.start()), None)
        if last is not None and len(_WORD.findall(text, last.end(), m.start())) <= _TRIP_REACH_WORDS:
            cuts.append(m.start())
    return cuts
