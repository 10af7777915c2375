"""Which of several event words in a claim names the claim's own event.

A clause often names more than one event: "talks ahead of the summit", «زيارة تسبق القمة»,
"a press conference after the talks". The claim is about the event the forward verb governs;
events named inside a time or preparation complement ("ahead of", «عقب», «التحضيرات لـ») only
situate it. The rules, tried in order, each falling back to the next:

0. a cue governing a verb of consequence with no event after it ("the pact could ease tensions",
   «الصفقة قد تخفف التوتر») speaks of what an event would do: `other`;
1. a relative clause with no event word of its own ("..., which is expected to open in June")
   is about the noun it hangs on: the last event word before it;
2. an event word the forward cue governs directly ("will visit", «سيلتقي», "is due to visit")
   is the claim's event, unless it is a light verb that hands the role to its object
   ("will discuss sanctions" is about sanctions);
   a trip verb hands the role to talks it is made for ("will arrive in X on Monday for talks");
3. otherwise the most specific word wins, as before, once the words inside time complements are
   set aside; a claim whose only event words sit in a time complement ("may be presented only
   after the vote") names no event of its own (None: the caller inherits one), unless the
   complement places it inside the event ("during the meeting").

Event words of the reporting frame and of relative asides are set aside first (event_frames.py);
a trip named as the clause's frame ("on a visit", «في زيارة») counts as a time complement when
the claim names something done during it.

The word lists are lexicon data (`head` in `data/lexicons/events_*.json`), matched over the
normalised text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimtracker.extract.event_frames import in_aside, outside_frame, without_reporting_frame
from claimtracker.extract.event_govern import (
    CLAUSE_BREAK,
    LETTER_WORD,
    after_subject,
    governed_word,
    governs,
    result,
)
from claimtracker.extract.filter import to_normalized
from claimtracker.extract.head_rules import HeadRules

if TYPE_CHECKING:  # events.py loads the rules, so the import runs one way only
    from claimtracker.extract.document import Doc  # its text, and slices of its normalised text
    from claimtracker.extract.events import EventHit

_LOOKBACK = 60  # characters before an event word searched for a time marker


def _is_subordinate(doc: Doc, hit: EventHit, lo: int, rules: HeadRules, marker: re.Pattern | None = None) -> bool:
    """Whether `hit` sits in a time complement (`marker`: by default any time marker)."""
    marker = marker or rules.subordinate
    return marker is not None and marker.search(_lead(doc, hit, lo)) is not None


def _lead(doc: Doc, hit: EventHit, lo: int) -> str:
    """The normalised words before an event word, back to `lo` or `_LOOKBACK` characters."""
    # `doc.nslice`, with the second bisect starting from the first
    offsets = doc.norm.offsets
    ns = bisect_left(offsets, max(lo, hit.start - _LOOKBACK))
    return doc.norm.text[ns : bisect_left(offsets, hit.start, ns)]


def _is_light(doc: Doc, hit: EventHit, rules: HeadRules) -> bool:
    return hit.priority < 2 or (rules.light is not None and bool(rules.light.match(doc.nslice(hit.start, hit.end))))


def _choose(hits: Sequence[EventHit]) -> str | None:
    """The highest priority, then the earliest (as `events.choose_event`)."""
    best = None
    for h in hits:
        if best is None or h.priority > best.priority or (h.priority == best.priority and h.start < best.start):
            best = h
    return None if best is None else best.event_type


def _overrides(doc: Doc, hit: EventHit, rules: HeadRules) -> bool:
    return rules.overriding is not None and bool(rules.overriding.match(doc.nslice(hit.start, hit.end)))


_SUPPORT_GAP_WORDS = 12  # words between a support verb and its object (a subject may come between in Arabic)


def _supported(doc: Doc, span: tuple[int, int], hits: Sequence[EventHit], rules: HeadRules) -> EventHit | None:
    """The first event word after the first support verb of `span`, with no event word of
    priority 2 or more before that verb and no clause break between them."""
    if rules.support is None:
        return None
    ns, ne = to_normalized(doc.norm, span[0], span[1])
    m = rules.support.search(doc.norm.text[ns:ne])
    if m is None:
        return None
    v_start, v_end = doc.norm.offsets[ns + m.start()], doc.norm.offsets[ns + m.end() - 1] + 1
    if any(h.start < v_start and h.priority >= 2 for h in hits):
        return None
    # a weak word ("round", «جوله») yields to a specific one after it: «تجري الجوله الثانيه من
    # الانتخابات» holds the election; a statement is the object itself ("will hold a news conference")
    after = sorted((h for h in hits if h.start >= v_end and h.start < span[1]), key=lambda h: h.start)
    obj = next((h for h in after if h.priority >= 2 or h.event_type == "statement"), after[0] if after else None)
    if obj is None:
        return None
    between = doc.text[v_end : obj.start]
    if CLAUSE_BREAK.search(between) or len(LETTER_WORD.findall(between)) > _SUPPORT_GAP_WORDS:
        return None
    return obj


_TRIP_GAP_WORDS = 16  # words between a trip verb and its purpose ("arrive in Lima on Monday for talks"; an Arabic subject with its head's name and title may come between)


_DELEGATION_AFTER = 24  # characters after an Arabic trip verb where its subject stands («يتوجه وفد عراقي»)


def _trip_purpose(doc: Doc, trip: EventHit, hits: Sequence[EventHit], clause: tuple[int, int],
                  rules: HeadRules) -> EventHit | None:
    """The talks a trip verb is for: "a delegation will arrive in X on Monday for talks" is about
    the talks, the trip only brings the negotiators there. Only a party sent to negotiate (a
    delegation, a mission, a team) travels for the talks alone: a leader or minister who travels
    for talks makes a visit, as the annotation guideline says ("trips -> visit; meetings held
    during a visit -> meeting"), and a trip named as a visit stays one ("will visit X for talks").
    The first event word after the trip verb, when a purpose complement opens on it."""
    if rules.trip is None or rules.trip_purpose is None or not rules.trip.match(doc.nslice(trip.start, trip.end)):
        return None
    clause_start, clause_end = clause
    if rules.delegation is not None and not (
            rules.delegation.search(doc.nslice(clause_start, trip.start))
            or rules.delegation.search(doc.nslice(trip.end, min(clause_end, trip.end + _DELEGATION_AFTER)))):
        return None
    nxt = next((h for h in hits if trip.end <= h.start < clause_end), None)
    if nxt is None:
        return None
    gap = doc.text[trip.end : nxt.start]
    if CLAUSE_BREAK.search(gap) or len(LETTER_WORD.findall(gap)) > _TRIP_GAP_WORDS:
        return None
    # the purpose phrase may open a few words before the event word ("for a new round of talks")
    # and end after it («لعقد جولة ثانية من المفاوضات», where «جولة ثانية» is the first event word)
    ns, ne = to_normalized(doc.norm, trip.end, clause_end)
    _, n_end = to_normalized(doc.norm, nxt.start, nxt.end)
    purposes = [m for m in rules.trip_purpose.finditer(doc.norm.text, ns, ne) if m.start() < n_end]
    return nxt if purposes and doc.norm.offsets[purposes[-1].end() - 1] + 1 >= nxt.end else None


def _of_consequence(doc: Doc, cue: tuple[int, int], clause_end: int, hits: Sequence[EventHit],
                    rules: HeadRules) -> bool:
    """Whether the cue governs a verb of consequence with no event after it: "the pact could ease
    tensions", «الصفقة قد تخفف التوتر» speak of what an event would do, not of the event (`other`);
    "could ease sanctions" is still about sanctions. The verb is the cue's last word («قد تخفف»)
    or the first word after it past the auxiliaries ("could [well] ease")."""
    effect = rules.effect
    if effect is None:
        return False
    # the words are read in place in the normalised text (a slice of it reads the same: the word
    # pattern looks at nothing outside its match)
    ntext = doc.norm.text
    ns, ne = to_normalized(doc.norm, cue[0], cue[1])
    words = LETTER_WORD.findall(ntext, ns, ne)
    if len(words) < 2 or not effect.fullmatch(words[-1]):
        ns, ne = to_normalized(doc.norm, cue[1], clause_end)
        verb = governed_word(ntext, ns, ne, rules)
        if verb is None or not effect.fullmatch(verb):
            verb = after_subject(ntext, ns, ne, rules)
        if verb is None or not effect.fullmatch(verb):
            return False
    # an event named only in a time complement situates the effect ("could mean smaller pledges
    # at the meeting"), one named only in a condition sets it off ("could slow if the talks
    # stall", «قد تتباطا ... اذا تعثرت المفاوضات»); an event after the verb is its object ("could
    # ease sanctions")
    return not any(cue[0] <= h.start < clause_end and h.priority >= 2
                   and not _is_subordinate(doc, h, cue[0], rules)
                   and not _is_subordinate(doc, h, cue[0], rules, rules.during)
                   and not _is_subordinate(doc, h, cue[0], rules, rules.condition) for h in hits)


_PARTIES = re.compile(r"\s+(?:between|with|against)\s", re.IGNORECASE)


def _described(doc: Doc, before: Sequence[EventHit]) -> EventHit:
    """The event a relative clause describes: the last event word before it, unless that is a weak
    word among the parties of a stronger one ("the ceasefire between Kinshasa and the M23 rebels,
    which expires in December" is about the ceasefire, not the rebels; but «اليمين في مستهل
    الجلسة، التي» is about the sitting)."""
    last = before[-1]
    if last.priority >= 2:
        return last
    head = next((h for h in reversed(before[:-1]) if h.priority >= 2), None)
    if head is None or CLAUSE_BREAK.search(doc.text, head.end, last.start) \
            or not _PARTIES.match(doc.text, head.end, last.start):
        return last
    return head


_PERSONAL = frozenset({"resignation", "appointment"})  # what befalls a post holder, not the body


def head_event(
    doc: Doc,
    claim: tuple[int, int],
    anchor: tuple[int, int],
    claim_hits: Sequence[EventHit],
    sentence_hits: Sequence[EventHit],
    cue_spans: Sequence[tuple[int, int]],
    rules: HeadRules,
    schedule: tuple[str, tuple[int, int]] | None = None,
) -> str | None:
    """The event type of a claim spanning `claim`, whose forward cue sits in clause `anchor`.

    `cue_spans` are the cues inside the anchor clause. `schedule` is the event a date of the
    claim is tied to by a participle, and that participle ("the vote scheduled for 29 June");
    a claim with no other cue is that schedule. Returns None when the claim has no event word
    (the caller then inherits one).
    """
    if schedule is not None:
        p_start, p_end = schedule[1]
        if all(p_start <= c_start < p_end or c_start <= p_start < c_end for c_start, c_end in cue_spans):
            return schedule[0]
    a_start, a_end = anchor
    # "said in a statement that ...", «اعلنت في بيان انها ...»: the statement is where the claim
    # was made, not what it is about
    cue_start = min(cue_spans)[0] if cue_spans else 0
    if cue_spans and any(h.end <= cue_start for h in claim_hits):
        # (only a word before the cue can be the frame's: with none, all the words are kept)
        own = without_reporting_frame(doc, claim_hits, cue_start, rules, claim[0])
        if not own:
            return None
        claim_hits = own
    if claim_hits:
        # "will decide soon, after watching North Korea, which has fired missiles": the aside
        # describes a noun; a claim whose only event words sit in asides names none of its own
        # (a word of the anchor clause is in none, and most are there: no call for them)
        claim_hits = [h for h in claim_hits
                      if a_start <= h.start < a_end or not in_aside(doc, h, claim, anchor, rules)]
        if not claim_hits:
            return None
        if cue_spans and rules.described is not None:
            # "student groups that have led protests since 2024 will announce a list": the clause
            # describes the subject; the claim's event comes after the cue
            kept = [h for h in claim_hits
                    if h.end > cue_start or rules.described.search(doc.nslice(claim[0], h.start)) is None]
            claim_hits = kept or claim_hits
        if cue_spans and rules.modified is not None and len(claim_hits) > 1:
            # "the ceasefire committee will meet": the event word names the kind of body (but what
            # an electoral body does is part of the vote it runs: "the election commission will
            # publish the timetable" is about the election)
            # (a post holder's own fate is not: "the chief electoral officer is likely to step down")
            personal = any(h.end > cue_start and h.event_type in _PERSONAL for h in claim_hits)
            kept = [h for h in claim_hits if h.end > cue_start or (h.event_type == "election" and not personal)
                    or rules.modified.match(doc.nslice(h.end, cue_start)) is None]
            claim_hits = kept or claim_hits
    elif not claim_hits and rules.refers_back is not None and rules.refers_back.search(doc.nslice(*claim)):
        # "is expected to attend", "will send their leaders": the event named before, not
        # another one elsewhere in the sentence (the caller inherits it)
        return None
    # 0. "the deal could ease tensions": a claim about what an event would do
    if cue_spans and _of_consequence(doc, min(cue_spans), a_end, claim_hits, rules):
        return "other"
    # a verb that only holds an event ("host", «يستضيف») with nothing after it has its event before
    # it ("the summit, which Japan is due to host"): it names none of its own
    last = claim_hits[-1] if claim_hits else None  # the hits come in text order
    # 1. "the summit, which is expected to open in June": the relative clause names no event
    # (the anchor's own event words are read only for a clause opening with a relative pronoun)
    if (rules.relative is not None and rules.relative.match(doc.nslice(a_start, a_end))
            and not any(a_start <= h.start < a_end and not (h is last and _is_light(doc, h, rules))
                        for h in claim_hits)):
        before = [h for h in sentence_hits if h.end <= a_start]
        if before:
            return _described(doc, before).event_type
    # 3 (first half). words inside "ahead of ...", «عقب ...» situate the claim; keep them only
    # when nothing else is left
    # the words before each event word, read once for the three kinds of marker below
    leads = [_lead(doc, h, claim[0]) for h in claim_hits]
    # each lead is searched once for a time marker, for both lists below
    sub, cond = rules.subordinate, rules.condition
    timed = [sub.search(lead) is not None for lead in leads] if sub is not None else [False] * len(leads)
    setting = rules.setting
    if setting is not None:
        # "on a visit", «في زيارة يلتقي خلالها»: the trip frames what is done during it, when
        # something is done ("will be in Oslo on a visit" is the visit, and so is "on a visit,
        # according to a statement": a weak word is no deed). The strong words are read first:
        # the weak ones' frames matter only once a strong word is left outside any frame.
        framed = list(timed)
        deed = False
        for i, h in enumerate(claim_hits):
            if not framed[i] and h.priority >= 2:
                if setting.search(leads[i] + doc.nslice(h.start, h.end)) is None:
                    deed = True
                else:
                    framed[i] = True
        if deed:
            for i, h in enumerate(claim_hits):
                if not framed[i] and h.priority < 2:
                    framed[i] = setting.search(leads[i] + doc.nslice(h.start, h.end)) is not None
            timed = framed
    untimed = [h for h, t in zip(claim_hits, timed, strict=True) if not t]
    if claim_hits and not untimed and not (rules.during is not None
                                           and any(rules.during.search(lead) for lead in leads)):
        # "may be presented only after the vote", «قبل اقفال باب الترشح»: the claim's own event is
        # not named, the one named only dates it (what happens "during this meeting" is part of it);
        # but a claim that is only the marker's phrase ("ahead of talks in Beijing next month") is
        # the date of the event it names
        if not cue_spans and rules.marker_phrase is not None and rules.marker_phrase.match(leads[0]) is not None:
            return claim_hits[0].event_type
        return None
    # "the crossing could reopen if the patrols ...": a condition frames the claim; its event is
    # the claim's only when nothing else is named ("may begin next month if it is signed")
    # (with one word or none outside time complements, the condition changes nothing: not read)
    if (cond is not None and untimed and rules.refers_back is not None
            and all(cond.search(lead) for h, t, lead in zip(claim_hits, timed, leads, strict=True) if not t)
            and rules.refers_back.search(doc.nslice(claim[0], untimed[0].start))):
        # "they could not take place before 2028 unless parliament passes a new law": the main
        # clause takes an event named before, the condition's act only sets it off
        return None
    main = untimed if cond is None or len(untimed) < 2 else [
        h for h, t, lead in zip(claim_hits, timed, leads, strict=True) if not t and cond.search(lead) is None]
    hits = main or untimed or list(claim_hits)
    if rules.during is not None and all(h.priority < 2 and h.event_type != "statement" for h in hits):
        # "will not raise the border file during this meeting": a claim placed inside an event is
        # about it when nothing but weak words ("ties", "demarcation") is left besides; an
        # announcement made during it is a statement ("will announce a pledge during the conference")
        inside_of = [h for h, lead in zip(claim_hits, leads, strict=True)
                     if h.priority >= 2 and rules.during.search(lead)]
        hits = inside_of or hits
    # 1b. "talks that could lead to a truce": the event a verb of result brings about
    brought = result(doc, (max(a_start, claim[0]), min(a_end, claim[1])), hits, rules)
    if brought is not None:
        return brought.event_type
    # 2. the event verb the cue governs
    # (only when no event noun comes before the cue: "the reshuffle will ... " is about the
    # reshuffle whatever verb follows later)
    if cue_spans:
        c_start, c_end = min(cue_spans)
        # the event hits of a sentence come in text order: the first one after the cue is the earliest
        first = next((h for h in hits if h.end > c_start and a_start <= h.start < a_end), None)
        if (first is not None and not any(h.end <= c_start and h.priority >= 2 for h in hits)
                and not any(_overrides(doc, h, rules) for h in hits)
                and governs(doc.nslice(c_end, first.start), rules) and not _is_light(doc, first, rules)):
            purpose = _trip_purpose(doc, first, hits, (min(a_start, claim[0]), a_end), rules)
            return (purpose or first).event_type
    # 2b. "will hold talks", «سيجري تحويرا وزاريا»: the object of a verb that only holds an event
    supported = _supported(doc, (max(a_start, claim[0]), a_end), hits, rules)
    if supported is not None and not any(_overrides(doc, h, rules) for h in hits):
        return supported.event_type
    # 3. the most specific word, the anchor clause first among equals
    top = max((h.priority for h in hits), default=0)
    best = [h for h in hits if h.priority == top and a_start <= h.start < a_end]
    # "will host X and Y for a trilateral summit": a light word ties with the event it only holds
    best = [h for h in best if not _is_light(doc, h, rules)] or best
    if not hits and not rules.sentence_words:
        # «قال إنه سيلتقي ممثلي النقابة غدا، فيما أعلنت الوزارة أنها ستصرف المتأخرات»: the meeting is the
        # first claim's; the second names no event, and takes the one it refers to (`inherit`). Words
        # after the claim are still its own («من المقرر أن الوزير فلان، سيزور ...»: cut at the comma)
        return _choose([h for h in outside_frame(doc, sentence_hits, claim[0], rules) if h.start >= claim[1]])
    # (the sentence's words are read only when the claim's own give nothing)
    return _choose(best) or _choose(hits) or _choose(outside_frame(doc, sentence_hits, claim[0], rules))

