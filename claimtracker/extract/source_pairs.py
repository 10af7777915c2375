"""Whether a reporting verb introduces a source: "sources said", "said the source", "Rick Rieder,
BlackRock's CIO, said", «بحسب عضو لجنتها المركزية، فلان». How far the two may stand apart, and what
may stand between them, is in each language's `SourceGrammar`; `attribution.py` weighs the pairs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimtracker.extract.alternation import compile_led
from claimtracker.extract.appositions import COMMA_GAPS
from claimtracker.extract.attribution_choice import COMPLEMENTIZERS
from claimtracker.extract.source_grammar import SourceGrammar, starts_with

if TYPE_CHECKING:
    from claimtracker.extract.attribution import Hit

# A reporting verb before its speaker stands right next to it ("said the source", «وأشار المصدر»).
VERB_FIRST_GAP = 12
# an English gap after a verb that ends on a preposition: what follows is its object, not a speaker
_OBJECT_OF = re.compile(r"\s(?:in|on|of|for|to|from|with|at|by|into|over|against)\s+(?:the\s+)?$")
# capitalised words of a title between a reporting verb and the name after it ("said Deputy Prime
# Minister", "said Secretary of State"): the title the name's hit does not hold
_TITLE_GAP = re.compile(r" (?:[A-Z][\w.'-]*(?: (?:of|for|and|the))? ){1,5}")
# "said that Duda would ...": a complementizer between the verb and a name makes the name the topic.
# Punctuation that ends what a verb and its speaker may have between them.
_GAP_STOP = re.compile("[.:؛;«»\"“”]")
_COMPLEMENTIZER = compile_led(r"(?<!\w)(?:that|[اأإ]ن|[اأإ]نه|[اأإ]نها|بان|بأن)(?!\w)")

# what opens the source after an English verb set after a comma ("..., reported Xinhua", "..., said the minister")
_INVERTED = re.compile(r" +(?:the |an? )?[A-Z]")
# the verbs that are set so ("told" takes whom it was told as its object: "X, told RIA Novosti")
_INVERTIBLE = frozenset({"said", "says", "reported", "reports", "added", "wrote", "noted", "stated"})
_VERB_FIRST_ANYWHERE = re.compile(r"^(?:according to|citing|quoting|quoted|cited)$")

# Speakers that a qualifying phrase may follow before their verb (a name needs none): unnamed ones
# ("analysts in the region say"), and roles and bodies placed somewhere ("a UN spokesperson in New
# York said", "the Kenyan embassy in Addis Ababa said").
UNNAMED = frozenset({"anonymous", "observers"})
_PLACED = frozenset({"named_role", "official_statement"})  # with no comma in their phrase
# ... and a named person ("Mary Okoro of the University of Lagos said", «فلان من جامعة ... قال»)
_QUALIFIED = _PLACED | {"person"}


def paired(
    text: str, verb: Hit, source: Hit, window: int, blockers: Sequence, verb_first_at_end: bool,
    grammar: SourceGrammar, cues: Sequence = (), verbs: Sequence[Hit] = (),
) -> bool:
    """Whether a reporting verb introduces this source: "sources said", "said the source",
    "Rick Rieder, BlackRock's CIO, said". A cue word between them means the source is the topic
    of a claim, not its speaker ("Modi, the date will be set, said the source")."""
    if verb.start < source.end and source.start < verb.end:
        return True  # one phrase holds both («إعلان موسكو»)
    after_only = starts_with(grammar.source_after, text[verb.start : verb.end])
    if verb.end <= source.start:
        lo, hi = verb.end, source.start
        limit = VERB_FIRST_GAP if source.kind == "person" else VERB_FIRST_GAP + 6
        if source.kind == "person" and _TITLE_GAP.fullmatch(text, lo, hi):
            limit = window  # "said Prime Minister Ana Ruiz", "said Representative X": a capitalised title between
        if after_only and _CLAUSE_BREAK.search(text[lo:hi]):
            # "according to" names its source in the phrase it opens, not past a clause; only a
            # person's title set off by one comma stands between («بحسب عضو لجنتها المركزية، فلان»)
            gap = text[lo:hi].rstrip()
            if source.kind != "person" or gap[-1:] not in ("،", ",") or _CLAUSE_BREAK.search(gap[:-1]):
                return False
            limit = grammar.apposition_window or window
        if not verb_first_at_end:
            # verb-subject order: a title may stand between («أعلن مبعوث الأمم المتحدة … بيدرسون»),
            # and a longer one when it sets the name off with a comma («أكد وزير الداخلية في حكومة
            # الوحدة الوطنية، فلان»)
            limit = window
            if source.kind == "person" and text[lo:hi].rstrip().endswith(("،", ",")):
                limit = grammar.apposition_window or window
        if verb_first_at_end and source.kind == "state" and _OBJECT_OF.search(text, lo, hi):
            return False  # "analysts say a full cut in U.S. aid": the state is a preposition's object
        if verb_first_at_end and not _VERB_FIRST_ANYWHERE.match(text[verb.start : verb.end].lower()):
            after = text[source.end : source.end + 2].lstrip()
            if after and after[0] not in ",.;:)\"”’":
                return False
    else:
        if after_only:
            return False  # "X, according to ...": X is what is told, not who tells it
        lo, hi = source.end, verb.start
        if verb_first_at_end and text[lo:hi].strip() == "," and _INVERTED.match(text, verb.end) \
                and text[verb.start:verb.end].lower() in _INVERTIBLE and not _set_off(text, source):
            return False  # "talks with Obama, reported Xinhua": the verb's source stands after it
        if any(lo <= v.start and v.end <= hi for v in verbs) or _reported_subject(text, source, verbs):
            # "X, according to what Y announced": the verb is Y's; «قال إن الحكومة لن توقع»: the
            # government is what the speaker talks about, its verb part of what is told
            return False
        # a negation or adverb belongs to the verb ("analysts do not expect", «مراقبون لا يتوقعون»)
        hi = lo + len(_without_preverb(grammar, text[lo:hi]))
        gap = text[lo:hi]
        if grammar.comma_ends_subject and gap.strip() in COMMA_GAPS and not _set_off(text, source):
            # «وعلى صعيد الحكومة، أفادت مصادر», «… بالدعم السريع، ولا تستبعد مصادر»: a verb after a bare
            # comma, with or without its negation, opens a clause of its own; a name set off by commas
            # after its title is the subject («المتحدثة باسم الحزب، فلانة، قالت»)
            return False
        # only an apposition may stand between a speaker and a following verb, or, for unnamed
        # speakers, a phrase qualifying them ("analysts in the region say", «نوابا من كتل مختلفة»);
        # names inside that phrase belong to it, only a cue word still ends it
        limit = VERB_FIRST_GAP
        if _apposition(gap):
            # a named speaker's description may run long ("X, an economist at the Lagos-based Y, said"),
            # and the titles and bodies inside it are part of it ("X, the interior minister in the
            # 2015-2019 government, replied"), so only a cue word still stands between
            limit = grammar.apposition_window or window if source.kind == "person" else window
            if source.kind == "person":
                blockers = cues
        if (hi - lo > limit and grammar.postmodifier_window and starts_with(grammar.postmodifier, gap)
                and (source.kind in UNNAMED or (source.kind in _QUALIFIED and not _CLAUSE_BREAK.search(gap)))):
            limit, blockers = grammar.postmodifier_window, cues
        elif limit == VERB_FIRST_GAP and gap.strip() not in (",", "،") and ("," in gap or "،" in gap):
            # "X, while analysts expect": a comma that neither closes an apposition ("X, the
            # deputy leader, told") nor sets one off ends X's clause
            return False
    if hi - lo > limit or any(lo <= b.start and b.end <= hi for b in blockers):
        return False
    gap_text = text[lo:hi]
    if _GAP_STOP.search(gap_text):
        return False
    return not _COMPLEMENTIZER.search(gap_text.lower())


_CLAUSE_BREAK = re.compile("[,،.;:؛]")


def _apposition(gap: str) -> bool:
    """", the defence minister," between a speaker and its verb: set off by commas on both sides
    (", while analysts expect" opens a new clause instead)."""
    core = gap.strip()
    return len(core) > 1 and core[0] in ",،" and core[-1] in ",،"
_AFTER_COMPLEMENTIZER = compile_led(rf"(?<!\w)(?:{COMPLEMENTIZERS})\s*$")


# how far a complementizer may stand from the reporting verb it completes («وأضاف المصدر أن»)
_COMPLEMENT_REACH = 40


def _reported_subject(text: str, source: Hit, verbs: Sequence[Hit]) -> bool:
    """Whether the source opens the clause a reporting verb introduces ("said that the ministry
    ...", «وأضاف المصدر أن الحكومة ...»). A connective «غير أن» after a clause break is no
    such complementizer."""
    before = text[max(0, source.start - 12) : source.start].lower()
    m = _AFTER_COMPLEMENTIZER.search(before)
    if not m:
        return False
    at = source.start - len(before) + m.start()
    return any(v.end <= at and at - v.end <= _COMPLEMENT_REACH and not _CLAUSE_BREAK.search(text, v.end, at)
               for v in verbs)


def _without_preverb(grammar: SourceGrammar, gap: str) -> str:
    """The gap before the words of the verb's own phrase that end it (a word or two), else the gap."""
    words = gap.rstrip().split(" ")
    for n in (2, 1):
        if len(words) > n and starts_with(grammar.preverb, " ".join(words[-n:]), whole=True):
            return " ".join(words[:-n]) + " "
    return gap


def _set_off(text: str, source: Hit) -> bool:
    """Whether a person's name is set off by a comma after the title before it, whether the title is
    part of the source («المتحدثة باسم الحزب، فلانة») or not: the comma after the name closes it."""
    return source.kind == "person" and (
        text[max(0, source.start - 4):source.start].rstrip().endswith(("،", ",")) or any(c in text[source.start:source.end] for c in "،,"))
