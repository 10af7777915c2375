"""`extract()`: normalise -> split -> cheap filter -> extract -> resolve time.

Whole-text passes (`document.gather`) map every hit back to original offsets; hits are then
handed out to sentences and clauses by position. Only sentences the cheap filter lets through
are read for kind, certainty, attribution and event type, and each lookup runs only when its
result can still matter. `Resources` lives in `resources.py`; a sentence is cut into claims in
`tiles.py`, and each claim is filled in `drafts.py`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import date
from operator import attrgetter

from claimtracker.extract.acting_states import recurring_states
from claimtracker.extract.attribution import AttributionLexicon, Hit, candidates, governed_by_cue
from claimtracker.extract.attribution_choice import Candidate, closest
from claimtracker.extract.collector import collector_paused
from claimtracker.extract.commentary import drop_commentary
from claimtracker.extract.country_lists import about
from claimtracker.extract.cues import FRAME
from claimtracker.extract.document import (
    Doc,
    TimeSpan,
    gather,
    inside,
    per_sentence,
    scan_events,
    scan_sentence,
    scan_sources,
    within,
)
from claimtracker.extract.drafts import Draft, assertion, draft, drop_repeated_headline
from claimtracker.extract.event_deadlines import deadline_before_events
from claimtracker.extract.event_refer import read_events
from claimtracker.extract.inherit import before_events, inherit
from claimtracker.extract.nested_events import split_nested
from claimtracker.extract.past import reports_call_off, told_as_past
from claimtracker.extract.records import mention
from claimtracker.extract.resources import LanguageLexicons, Resources
from claimtracker.extract.sentence_claims import OPENER_REACH
from claimtracker.extract.source_grammar import SourceGrammar, opens_pair, told_later
from claimtracker.extract.span_index import held_positions, sentences_ordered
from claimtracker.extract.split import Sentence, split_text
from claimtracker.extract.tiles import Negations, is_future, tiles
from claimtracker.extract.trade_measures import trade_sanctions
from claimtracker.extract.window_attach import bindings, calendar, fill_windows, within_from_publication
from claimtracker.extract.written_names import renamed, written_names
from claimtracker.models import ActorRef, Attribution, Extraction, Mention
from claimtracker.text import detect_language, normalize

__all__ = ["Resources", "extract"]

MAX_ASSERTIONS = 3


def extract(
    text: str,
    published: date | None = None,
    lang: str | None = None,
    resources: Resources | None = None,
) -> Extraction:
    """Mentions, actors and countries of one Arabic or English text.

    Raises `LanguageError` for a text in neither language; never raises on odd input otherwise.
    """
    with collector_paused():
        return _extract(text, published, lang, resources)


def _extract(text: str, published: date | None, lang: str | None, resources: Resources | None) -> Extraction:
    language = detect_language(text, lang)
    res = resources or Resources.load()
    norm = normalize(text)
    doc = gather(text, norm, language, published, res)
    boiler = res.boilerplate
    sentences = split_text(text, lambda ln: boiler.is_boilerplate(doc.nslice(ln.start, ln.end)), res.clauses)
    mentions = _mentions(doc, sentences, res)
    in_body = _body_filter(sentences)
    actors: dict[str, ActorRef] = {}
    for a in doc.actors:
        if in_body(a.start, a.end):
            actors.setdefault(a.actor.actor_id, a.actor)
    names = written_names(text, doc.actors, res.gazetteer.aliases, res.gazetteer.party_heads, language,
                          res.gazetteer.shared_name)
    if names:
        actors = {k: names.get(k, a) for k, a in actors.items()}
        mentions = renamed(mentions, names)
    for state in recurring_states(mentions):
        actors.setdefault(state.actor_id, state)
    claimed = {code for m in mentions for code in m.countries}
    acting = {a.country for a in actors.values() if a.country}
    finder = res.gazetteer.countries
    # English news names the countries it is about; the Arabic golds also list a country only an
    # actor gives (measured both ways: docs/extraction.md, session 67)
    countries = about(doc.countries, in_body, claimed, acting, lambda at: finder.is_venue(text, at, language),
                      named_only=language == "en")
    return Extraction(language, tuple(actors.values()), tuple(countries), tuple(mentions))


def _body_filter(sentences: Sequence[Sentence]):
    starts = [s.start for s in sentences]

    def inside(start: int, end: int) -> bool:
        i = bisect_right(starts, start) - 1
        return i >= 0 and end <= sentences[i].end

    return inside


def _mentions(doc: Doc, sentences: Sequence[Sentence], res: Resources) -> list[Mention]:
    lex = res.lexicons[doc.lang]
    offsets, ntext = doc.norm.offsets, doc.norm.text
    negations = Negations(doc.negations)
    # each signal's hits handed out to the sentences in one walk: the sentences with a hit starting
    # in them (the cheap filter) and each sentence's own hits (the claim loop)
    starts, ends = [s.start for s in sentences], [s.end for s in sentences]
    ordered = sentences_ordered(starts, ends)
    cues_in, cued = per_sentence(doc.cues, starts, ends, ordered)
    times_in, timed = per_sentence(doc.times, starts, ends, ordered)
    actors_in, acted = per_sentence(doc.actors, starts, ends, ordered)
    # A past verb matters only for an assertion, and an assertion needs an actor.
    with_past = held_positions(doc.past.starts, starts, ends, ordered) & acted
    if len(offsets) == doc.norm.original_length:
        # nothing was dropped, so the offsets are 0, 1, 2, ...: each bound is itself (sentences
        # lie inside the text), with no bisect per sentence
        bounds = [(s.start, s.end) for s in sentences]
    else:
        bounds = [(bisect_left(offsets, s.start), bisect_left(offsets, s.end)) for s in sentences]
    questions = lex.cues.questions_in(ntext, bounds)
    att = lex.attribution
    drafts: list[Draft] = []
    assertion_pool: list[tuple[int, Draft]] = []
    previous_attr: Attribution | None = None
    previous_at = 0
    # the sentences the cheap filter keeps
    for i in sorted(questions | with_past | cued | timed):
        sent, (ns, ne), s_cues, s_actors, s_times = sentences[i], bounds[i], cues_in[i], actors_in[i], times_in[i]
        nsent, is_question, has_past = ntext[ns:ne], i in questions, i in with_past
        if not (s_cues or s_times or is_question) and not (has_past and sent.role == "body" and s_actors):
            continue  # no claim (it needs a cue, a date or a question) and no assertion can come of it
        may_assert = has_past and sent.role == "body" and bool(s_actors)  # and an event word, below
        if not (s_cues or is_question or may_assert or any(is_future(t.window, doc.published) for t in s_times)):
            continue  # a claim without a cue needs a date to come
        # a question or forecast about a state is checkable too: «هل تنضم مقديشو إلى المسار؟», "Will
        # Serbia join?", "India has said it will submit its plan", even with no actor, event or date
        # (read below only for a sentence with no event word and no actor: looked up only there)
        asks_state = False
        if s_cues or is_question:
            s_events, speech, s_sources = scan_sentence(doc, ns, ne, lex)
            if not (s_events or s_actors):
                asks_state = bool(within(doc.countries, sent.start, sent.end))
            if len(s_cues) > 1 and s_events:
                s_cues = _without_attributive(doc, sent, s_cues, s_events, lex.events.head.binding)
            # a government body or role named in the sentence ("the government", «البنك المركزي») is
            # someone to hold to the claim, like an actor (looked for only when nothing else is there)
            if not (s_events or s_actors or s_times or asks_state):
                # with a reporting verb the sentence's source phrases are already read (without one,
                # only the phrases that attribute alone: "reportedly")
                asks_state = any(h.kind in _SAYERS for h in s_sources) or (not speech and _names_body(doc, ns, ne, lex))
            if not (s_events or s_actors or s_times or asks_state):
                continue  # every claim would be about nothing checkable, and an assertion needs an event
            may_assert = may_assert and bool(s_events)
            # a report gives context ("said ... would"), not a verb that is itself foretold ("wanted to see how ...")
            grammar = att.grammar
            has_context = bool(s_times) or any(grammar is None or not told_later(doc.text, h, grammar) for h in speech)
            s_tiles = tiles(doc, sent, is_question, s_times, s_events, has_context, lex.cues, negations, speech,
                            s_sources, s_cues)
            if not (s_tiles or may_assert):
                continue
        else:
            # With no cue, a claim needs an event word and a date to come, and reporting verbs only
            # take dates away: with no claim without them there is none with them, and the
            # attribution is looked up only for what is left.
            s_events = scan_events(doc, ns, ne, lex)
            may_assert = may_assert and bool(s_events)
            # (an Arabic sentence opening on an imperfect verb needs no event word: `tiles` reads it)
            s_tiles = (tiles(doc, sent, False, s_times, s_events, True, lex.cues, negations, (), (), ())
                       if s_times and (s_events or doc.lang == "ar") else [])
            if not s_tiles:
                if not may_assert:
                    continue
                speech, s_sources = scan_sources(doc, ns, ne, lex)
            else:
                speech, s_sources = scan_sources(doc, ns, ne, lex)
                # with no cue the sources are never read, so only reporting verbs change the tiles
                if speech:
                    s_tiles = tiles(doc, sent, False, s_times, s_events, True, lex.cues, negations, speech,
                                    s_sources, s_cues)
                if not (s_tiles or may_assert):
                    continue
        # a reported postponement ends the claims of the sentence and reaches into its assertion
        called_off = reports_call_off(doc, sent, nsent, lex.cues)
        if called_off:
            s_tiles = []
        if any(c.kind == FRAME for c in s_cues):
            # an analyst's view («ويرى مراقبون أن») capped the readings: the claim's own verb is its cue
            s_cues = [c for c in s_cues if c.kind != FRAME]
        attribute = _Attributor(doc, s_sources, s_cues, s_actors, att)
        sentence_attr = None
        live_times = None
        for t_start, t_end, reading, anchor in s_tiles:
            if not (s_events or s_actors or asks_state or inside(s_times, t_start, t_end)):
                continue  # a forward cue about nothing checkable ("this will help")
            attr = attribute(t_start, t_end)
            if attr is None and previous_attr is not None and (
                att.is_continuation(nsent) or _inside_quote(doc.text, previous_at, sent.start)
            ):
                attr = previous_attr
            if attr is None:
                # "“…,” he said": the previous sentence's source, else a person by these words
                said_by = att.pronoun_source(doc.text, sent.start, sent.end)
                if said_by:
                    # "he said" goes on quoting the last source; "Hajiji said" names its own
                    attr = (None if said_by[1] else previous_attr) or Attribution("named", said_by[0])
            sentence_attr = sentence_attr or attr
            if live_times is None:
                # a time phrase dating a past verb is no window to come, whichever claim holds it
                # (nor does a verb told later: "when the committee announces its decision on May 4")
                told = att.grammar
                reporting = [v for v in speech if not governed_by_cue(doc.text, v, s_cues)
                             and (told is None or not told_later(doc.text, v, told))] if speech else speech
                live_times = [t for t in s_times if not told_as_past(doc, t, reporting)]
                bound = bindings(doc, live_times, s_events, lex.events, lex.nouns)
                claim_events = read_events(doc, s_events, lex.events.refer)
            drafts.append(
                draft(doc, t_start, t_end, anchor, reading, s_actors, claim_events, live_times, attr, res.gazetteer,
                      reporting, s_cues, sent, lex.events, bound,
                      [(a, b) for a, b, _, _ in s_tiles if (a, b) != (t_start, t_end)], lex.nouns, lex.separate)
            )
        if not s_tiles and may_assert:
            d = assertion(doc, sent, s_actors, s_events, s_times, negations, attribute, called_off or 0)
            score = len({a.actor.actor_id for a in s_actors}) + (1 if s_times else 0)
            assertion_pool.append((score, d))
            sentence_attr = d.attribution
        if sentence_attr is not None and sentence_attr.kind != "outlet" and sentence_attr is not previous_attr:
            previous_attr, previous_at = sentence_attr, sent.start
    # a claim with no date of its own takes the date the text tied to its event (window_attach.py)
    dated = calendar(doc, _calendar_times(doc.times, drafts), lex.events, doc.published, lex.nouns)
    claims = [(d.start, d.event_type, d.window, d.loose_window, d.loose_count) for d in drafts]
    for d, w in zip(drafts, fill_windows(claims, dated, lex.events), strict=True):
        d.window = d.window or w
    inherit(drafts, lex.events.refer)
    before_events(drafts, lex.events.refer, doc.published, [t.start for t in doc.times])
    for d in drafts:
        if d.loose_count is not None:
            d.window = within_from_publication(d.window, d.loose_count, doc.published)
    drafts = split_nested(doc, drafts, doc.times, lex, res.time_lexicon)
    deadline_before_events(doc, drafts, doc.times, res.time_lexicon, lex.events)
    drafts = drop_repeated_headline(drafts)
    drafts = drop_commentary(doc.text, drafts, lex.attribution.commentators)
    trade_sanctions(doc, drafts, lex.events.head)
    best = sorted(assertion_pool, key=lambda sd: (-sd[0], sd[1].start))[:MAX_ASSERTIONS]
    drafts.extend(d for _, d in best)
    drafts.sort(key=lambda d: d.start)
    # (quote, start, end, kind, certainty, event_type, actors, countries, expected, attribution, negated)
    return [
        mention(doc.text[d.start : d.end], d.start, d.end, d.kind, d.reading.certainty, d.event_type or "other",
                d.actors, d.countries, d.window, d.attribution or Attribution("outlet", None), d.reading.negated)
        for d in drafts
    ]


def _calendar_times(times: Sequence[TimeSpan], drafts: Sequence[Draft]) -> Sequence[TimeSpan]:
    """The time phrases `calendar` need read for these claims: `fill_windows` looks a date up only
    for a claim with an event type and no window, and only among the dates named before it, and
    `calendar` reads each phrase on its own. So the phrases from the last such claim on are left
    out (about half of them), and all of them when no claim has an event type without a window."""
    last = max((d.start for d in drafts if d.window is None and d.event_type is not None), default=None)
    if last is None:
        return ()
    return times[: bisect_left(times, last, key=_START)]


_START = attrgetter("start")


_ATTRIBUTIVE_GAP = 24  # characters between an event noun and the participle that describes it


def _without_attributive(doc: Doc, sent: Sentence, cues, events, binding) -> list:
    """The cues less those that only describe an event noun before them ("the talks planned for
    next week could be delayed", «خلال الزيارة المرتقبة»): how sure the noun's schedule is, not
    the claim. Only when another cue is left to read in the same clause."""
    if binding is None:
        return cues
    end = len(doc.text)

    def attributive(c) -> bool:
        return (any(0 <= c.start - e.end <= _ATTRIBUTIVE_GAP for e in events)
                # from just before the cue: «المرتقبة» reads as its cue «مرتقب» after the article
                and binding.search(doc.nslice(max(0, c.start - 3), min(c.end + 12, end))) is not None)

    dropped: set[int] = set()
    for cl in sent.clauses:
        own = [c for c in cues if cl.start <= c.start < cl.end]
        if len(own) > 1:
            gone = [c for c in own if attributive(c)]
            if len(gone) < len(own):
                dropped.update(id(c) for c in gone)
    return [c for c in cues if id(c) not in dropped] if dropped else cues


_BACK_REF_REACH = 40  # characters at its start searched for speakers named as some of those before


class _Attributor:
    """The attribution of each claim of one sentence; the sentence's sources are weighed once,
    on first use, and not at all for a sentence whose claims are all dropped."""

    __slots__ = ("doc", "text", "sources", "cues", "actors", "lexicon", "found")

    def __init__(self, doc: Doc, sources: list[Hit], cues, actors, lexicon: AttributionLexicon):
        self.doc, self.text, self.sources, self.cues, self.actors = doc, doc.text, sources, cues, actors
        self.lexicon = lexicon
        self.found: list[Candidate] | None = None

    def __call__(self, start: int, end: int) -> Attribution | None:
        if self.found is None:
            self.found = self._candidates()
        grammar = self.lexicon.grammar
        found, breaks = self.found, self.lexicon.source_breaks
        if found and breaks is not None and breaks.match(self.doc.nslice(start, start + OPENER_REACH)):
            # a claim the sentence states apart («…، وفق مصدر، فيما يُنتظر أن …») is not told by a
            # source that closes the clause before it, unless it names its speakers as some of
            # those («في حين يتوقع آخرون»)
            back = self.lexicon.source_back_refs
            if back is None or not back.search(self.doc.nslice(start, start + _BACK_REF_REACH)):
                found = [c for c in found if c[4] > start]
        return closest(self.text, found, (start, end), grammar.closing_sources if grammar else ())

    def _candidates(self) -> list[Candidate]:
        # without a reporting verb only an unpaired phrase ("reportedly") can attribute: with
        # neither, the cues and people it would be weighed against are not even built
        if not self.sources:
            return []
        verbs = [h for h in self.sources if h.kind == "speech"]
        sources = [h for h in self.sources if h.kind != "speech"]
        if not verbs and not any(h.kind.startswith("unpaired:") for h in sources):
            return []
        lex = self.lexicon
        sources += [Hit(_speaker_kind(a.actor, lex.grammar), a.start, a.end) for a in self.actors
                    if lex.grammar is None or not opens_pair(self.text, a.start, lex.grammar)]
        found = candidates(self.text, verbs, self.cues, sources, lex.window, lex.verb_first_at_end, lex.grammar)  # type: ignore[arg-type]
        return _bodies_speaking(self.text, found, self.actors, lex.grammar)


def _bodies_speaking(text: str, found: list[Candidate], actors, grammar: SourceGrammar | None) -> list[Candidate]:
    """Named speakers that are state bodies ("the Civil Aviation Authority said", «بحسب سلطة
    الطيران المدني») speak as official statements; a speaker phrase that holds a person or a role
    ("the authority's director said", «أعلن رئيس المفوضية») stays named."""
    if grammar is None or grammar.speaking_bodies is None or not any(c[2] == "named" for c in found):
        return found
    bodies_words = grammar.speaking_bodies
    # a body no gazetteer row knows is named by its own words ("the State Electoral Office said")
    text_words = grammar.speaking_body_words or bodies_words
    bodies = [(a.start, a.end) for a in actors if a.actor.kind == "org" and bodies_words.search(a.actor.name)]
    people = [(a.start, a.end) for a in actors if a.actor.kind == "person"]
    roles = grammar.body_roles
    out = []
    for c in found:
        rank, length, kind, start, end = c
        body = next(((b0, b1) for b0, b1 in bodies if start <= b0 and b1 <= end), None) if kind == "named" else None
        if body is None and kind == "named":
            m = text_words.search(text, start, end)
            body = (m.start(), m.end()) if m else None
        if (body is not None and not any(start <= p0 and p1 <= end for p0, p1 in people)
                and not (roles is not None and (roles.search(text, start, body[0]) or roles.search(text, body[1], end)))):
            c = (rank, length, "official_statement", start, end)
        out.append(c)
    return out


_BODIES = frozenset({"official_statement", "named_role"})
# a forecast that analysts or sources give ("analysts say the plant could face delays") is one the
# text holds someone to, with no actor, event word or date in it (the golds list such forecasts:
# 94 more found claims for 102 more mentions across the eval sets when this was added)
_SAYERS = _BODIES | {"observers", "anonymous", "named_body", "unpaired:anonymous", "unpaired:official_statement"}


def _names_body(doc: Doc, ns: int, ne: int, lex: LanguageLexicons) -> bool:
    """Whether the normalised sentence [ns, ne) names a government body or an office holder by
    role (the attribution lexicon's phrases for them), whether or not a reporting verb is near."""
    att = lex.attribution
    if att.sources is None:
        return False
    labels = att.source_labels
    return any(labels[m.lastindex] in _BODIES for m in att.sources.finditer(doc.norm.text, ns, ne))  # type: ignore[index]


def _speaker_kind(actor: ActorRef, grammar: SourceGrammar | None) -> str:
    """A state (`state`) or a government body ("Ministry of External Affairs") speaks as an
    official statement; a person or any other organisation as a named speaker."""
    if actor.kind == "country":
        return "state"
    bodies = grammar.statement_bodies if grammar is not None else None
    if actor.kind == "org" and bodies is not None and bodies.search(actor.name):
        return "official_statement"
    return "person"


_QUOTE_MARKS = frozenset("«»“”\"")


def _inside_quote(text: str, since: int, at: int) -> bool:
    """Whether a quotation opened after `since` is still open at `at` (the speaker goes on)."""
    between = text[since:at]
    return sum(between.count(c) for c in _QUOTE_MARKS) % 2 == 1
