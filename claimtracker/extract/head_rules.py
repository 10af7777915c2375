"""The compiled `head` section of an event lexicon (`data/lexicons/events_*.json`): the word lists
`event_head.py`, `event_frames.py` and `window_attach.py` read to tell which event word of a claim is
its own (time markers, light and support verbs, trips and their purposes, reporting frames …).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtracker.extract.alternation import compile_led

_COMPLEMENT_WORDS = 2  # words between a time marker and the event noun it introduces ("ahead of the")
# a condition runs to the end of its clause: every event word in "if the patrols reduce attacks"
# is part of it, not only the first few words after "if"
_CONDITION_WORDS = 6
_DESCRIBED_WORDS = 5  # words of a describing relative clause before an event word in it


@dataclass(frozen=True, slots=True)
class HeadRules:
    """Compiled `head` section of an event lexicon; every pattern may be None (rule off)."""

    subordinate: re.Pattern | None = None  # ends with a time marker and up to two words
    light: re.Pattern | None = None  # the whole event word is a light verb
    relative: re.Pattern | None = None  # a clause opening with a relative pronoun
    gap_words: frozenset[str] = frozenset()  # auxiliaries allowed between a cue and its verb
    overriding: re.Pattern | None = None  # event words that outweigh the governed verb
    binding: re.Pattern | None = None  # a participle tying a date to the noun before it (window_attach.py)
    date_noun: re.Pattern | None = None  # "its date": a participle after it dates the claim itself
    predicate_lead: frozenset[str] = frozenset()  # a participle after these is the claim's predicate
    support: re.Pattern | None = None  # verbs that only hold an event ("hold talks", «يعقد اجتماعا»)
    statement_noun: re.Pattern | None = None  # a statement, whose date is when it came out (window_attach.py)
    trip: re.Pattern | None = None  # the whole event word is a trip verb ("arrive", «يتوجه»)
    trip_purpose: re.Pattern | None = None  # a purpose complement naming talks ("for talks")
    effect: re.Pattern | None = None  # the whole word is a verb of consequence ("ease", «تخفف»)
    during: re.Pattern | None = None  # as `subordinate`, for markers of time within an event ("during the")
    result: re.Pattern | None = None  # a verb whose object is what an event brings ("lead to", «تفضي الى»)
    condition: re.Pattern | None = None  # as `subordinate`, for a condition ("if the", «اذا»)
    complementizer: re.Pattern | None = None  # "that", «ان»: ends a reporting frame ("said in a statement that")
    refers_back: re.Pattern | None = None  # words only an event named before takes (event_refer.py)
    delegation: re.Pattern | None = None  # a party sent to negotiate ("delegation", «وفد»): its trip is for talks
    reporting: re.Pattern | None = None  # a reporting verb ("said", «قال»): with a complementiser, ends a source's frame
    setting: re.Pattern | None = None  # a trip named as the frame of the clause ("on a visit", «في زياره»), at its end
    # as `during`, for before/after markers that time a claim by an event whose date a participle
    # gives ("before the elections scheduled for December": `window_attach.own_times`)
    framing: re.Pattern | None = None
    # a later round of a vote ("the runoff", «الدور الثاني»): its day is not the first one the text gave
    later_round: re.Pattern | None = None
    # a relative clause in the perfect before the cue ("groups that have led protests"): it
    # describes the subject, and its event words are not the claim's
    described: re.Pattern | None = None
    # a noun right after an event word ("the election commission"), the head of its noun phrase
    modified: re.Pattern | None = None
    # a claim with no event word of its own takes one of its sentence's (else the event it refers to)
    sentence_words: bool = True
    # a time marker and at most a determiner: the whole of a claim before its event word when the
    # claim is only "ahead of talks in Beijing next month" (event_head.py)
    marker_phrase: re.Pattern | None = None
    # a trade measure ("tariffs"): between two states named in the claim, a sanction (trade_measures.py)
    trade_measure: re.Pattern | None = None

    @classmethod
    def from_spec(cls, spec: dict) -> HeadRules:
        def alt(key: str) -> str | None:
            terms = [t for t in spec.get(key, []) if t]
            return "|".join(sorted(terms, key=len, reverse=True)) if terms else None

        sub, light, rel = alt("time_markers"), alt("light_terms"), alt("relative_pronouns")
        over, bind, dnoun = alt("overriding_terms"), alt("binding_participles"), alt("date_nouns")
        support, stated = alt("support_verbs"), alt("statement_nouns")
        trip, purpose, effect = alt("trip_terms"), alt("trip_purpose"), alt("effect_verbs")
        during, result, cond = alt("during_markers"), alt("result_verbs"), alt("condition_markers")
        comp, back, party = alt("complementizers"), alt("refers_back"), alt("delegation_nouns")
        report, setting, framing = alt("reporting_verbs"), alt("setting_frames"), alt("framing_markers")
        later, described, modified = alt("later_rounds"), alt("perfect_relatives"), alt("modified_heads")
        possessor = alt("possessor_marks")
        # a head noun after the event word, or a possessive mark on it: "the treaty's meetings"
        modified_rx = "|".join(filter(None, (rf"(?:{possessor})(?!\w)" if possessor else None,
                                             rf"\s+(?:{modified})(?!\w)" if modified else None)))
        return cls(
            compile_led(rf"(?<!\w)(?:{sub})(?:\s+\S+){{0,{_COMPLEMENT_WORDS}}}?\s*$") if sub else None,
            re.compile(rf"^\W*(?:{light})\W*$") if light else None,
            re.compile(rf"^[\s,،\"«»]*(?:و)?(?:{rel})(?!\w)") if rel else None,
            frozenset(spec.get("governed_gap_words", [])),
            re.compile(rf"^\W*(?:{over})\W*$") if over else None,
            compile_led(rf"(?<!\w)(?:{bind})(?!\w)") if bind else None,
            re.compile(rf"(?:{dnoun})") if dnoun else None,
            frozenset(spec.get("not_binding_after", [])),
            compile_led(rf"(?<!\w)(?:{support})(?!\w)") if support else None,
            re.compile(rf"^\W*(?:{stated})\W*$") if stated else None,
            re.compile(rf"^\W*(?:{trip})\W*$") if trip else None,
            compile_led(rf"(?<!\w)(?:{purpose})(?!\w)") if purpose else None,
            re.compile(rf"(?:{effect})") if effect else None,
            compile_led(rf"(?<!\w)(?:{during})(?:\s+\S+){{0,{_COMPLEMENT_WORDS}}}?\s*$") if during else None,
            compile_led(rf"(?<!\w)(?:{result})(?!\w)") if result else None,
            compile_led(rf"(?<!\w)(?:{cond})(?:\s+[^\s.;,،؛]+){{0,{_CONDITION_WORDS}}}?\s*$") if cond else None,
            compile_led(rf"(?<!\w)(?:{comp})(?!\w)") if comp else None,
            compile_led(rf"(?<!\w)(?:{back})(?!\w)") if back else None,
            compile_led(rf"(?<!\w)(?:{party})(?!\w)") if party else None,
            compile_led(rf"(?<!\w)(?:{report})(?!\w)") if report else None,
            compile_led(rf"(?<!\w)(?:{setting})$") if setting else None,
            compile_led(rf"(?<!\w)(?:{framing})(?:\s+\S+){{0,{_COMPLEMENT_WORDS}}}?\s*$") if framing else None,
            compile_led(rf"(?<!\w)(?:{later})(?!\w)") if later else None,
            re.compile(rf"(?<!\w)(?:{described})(?:\s+[^\s.;,،؛]+){{0,{_DESCRIBED_WORDS}}}\s*$") if described else None,
            re.compile(modified_rx) if modified_rx else None,
            bool(spec.get("sentence_event_words", True)),
            re.compile(rf"^\W*(?:{sub})(?:\s+(?:{dets}))?\s*$") if sub and (dets := alt("marker_determiners"))
            else re.compile(rf"^\W*(?:{sub})\s*$") if sub else None,
            re.compile(trade) if (trade := alt("trade_measures")) else None,
        )
