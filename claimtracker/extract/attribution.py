"""Who says so: attribution kind and its verbatim words (`data/lexicons/attribution_*.json`).

A source phrase (unnamed sources, observers, a ministry, a named outlet) or a person found by the
gazetteer counts when a reporting verb stands next to it ("sources said", «وتؤكد مصادر مطلعة»,
"Lavrov said"). A few phrases attribute on their own ("reportedly", «تتواتر معلومات»). With
no source the article speaks for itself: `outlet`, with no text.

How far a source and its verb may stand apart is in each lexicon's `grammar` (`SourceGrammar`):
an unnamed speaker may carry a qualifying phrase ("analysts in the region say", «نوابا من كتل
مختلفة لم يستبعدوا»); "according to" («بحسب») and the participles that go on with the speaker
(«مشيرا», "adding") take no source before them; a negated confirmation attributes nothing. A
speaker whose words follow it ("officials hope to ...") does not speak for a clause before it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from claimtracker.extract.alternation import literal_alternation
from claimtracker.extract.appositions import apposed
from claimtracker.extract.attribution_choice import Candidate
from claimtracker.extract.cues import compile_groups, compile_terms, fold_pattern, group_labels
from claimtracker.extract.observer_firms import firm_observers
from claimtracker.extract.source_grammar import SourceGrammar, told_later, unsaid
from claimtracker.extract.source_pairs import UNNAMED as _UNNAMED
from claimtracker.extract.source_pairs import VERB_FIRST_GAP
from claimtracker.extract.source_pairs import paired as _paired
from claimtracker.text import normalize_text


def _words(words: list[str] | None, before: str) -> re.Pattern | None:
    """Whole words of normalised text, after `before` (None for no words)."""
    return re.compile(rf"{before}(?:{literal_alternation(normalize_text(w) for w in words)})(?!\w)") if words else None


# How a source group maps to the attribution kinds of models.ATTRIBUTION_KINDS.
_KIND_OF_GROUP = {
    "anonymous": "anonymous",
    "observers": "observers",
    "official_statement": "official_statement",
    "state": "official_statement",  # a state the gazetteer found, speaking ("Kenya said", «وحذرت تركيا»)
    "named_outlet": "named",
    "named_role": "named",
    "named_body": "named",  # a union or association is no government: its statement is its own
}
# When two sources sit in one sentence, the innermost identifiable one wins: people and
# institutions over vaguer sources, and unnamed sources over the outlet that relays them
# ("Reuters quoted a senior source" is anonymous).
_RANK = {"speaker": 0, "threat": 0, "withheld": 6, "mouthpiece": 5, "person": 5, "official_statement": 4, "state": 4, "named_role": 4, "named_body": 5, "anonymous": 3, "named_outlet": 2, "observers": 1}


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str  # a source group, "speech", "person", or "continuation"
    start: int
    end: int


# Arabic source phrases take a few following words ("مصادر سياسية مطلعة"); a particle or
# preposition ends the phrase («وأشار المصدر إلى أن» is the source «المصدر»).
_AR_NOT_PARTICLE = r"(?!(?:الي|علي|في|من|عن|ان|انه|انها|بان|الذي|التي|حول|مع|قد|لن|لم)(?!\w))"
_AR_PHRASE_WORD = rf"(?:{_AR_NOT_PARTICLE}\w+)"


def _phrase_words(groups: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    # an optional article before the word must not let a particle through («ال» + «ي» is «الي»)
    def word(t: str) -> str:
        t = t.replace("\\w+", _AR_PHRASE_WORD)
        return t.replace("(?:ال)?" + _AR_PHRASE_WORD, _AR_NOT_PARTICLE + "(?:ال)?" + _AR_PHRASE_WORD)

    return [(g, [word(t) for t in terms]) for g, terms in groups]



@dataclass(frozen=True, slots=True)
class AttributionLexicon:
    lang: str
    window: int
    speech: re.Pattern | None
    sources: re.Pattern | None  # phrases that need a reporting verb next to them
    source_groups: tuple[str, ...]
    unpaired: re.Pattern | None  # phrases that attribute on their own ("reportedly")
    unpaired_groups: tuple[str, ...]
    continuation: tuple[re.Pattern, ...]
    verb_first_at_end: bool = False
    source_labels: tuple[str, ...] = ()  # the group of `sources` by match.lastindex
    unpaired_labels: tuple[str, ...] = ()
    grammar: SourceGrammar | None = None  # how far a source and its verb may stand apart
    pronoun_speaker: re.Pattern | None = None  # "he said": read on the original text, group `who`
    # the roles that make a quoted speaker a commentator ("an economist at ..."; `commentary.py`)
    commentators: re.Pattern | None = None
    # words opening a clause that no source closing the clause before it tells (normalised text)
    source_breaks: re.Pattern | None = None
    # words by which such a clause names its speakers as some of those before (still told by them)
    source_back_refs: re.Pattern | None = None

    @classmethod
    def load(cls, path: Path, lang: str) -> AttributionLexicon:
        raw = json.loads(path.read_text(encoding="utf-8"))
        paired = [(group, list(terms)) for group, terms in raw.get("sources", {}).items()]
        unpaired = [("unpaired:" + kind, list(terms)) for kind, terms in raw.get("unpaired", {}).items()]
        if lang == "ar":
            # a phrase word is never a particle: «في بيان أنها ستعزز» ends at «بيان»
            paired, unpaired = _phrase_words(paired), _phrase_words(unpaired)
        sources = compile_groups(paired, lang, article=lang == "ar")
        unpaired_pattern = compile_groups(unpaired, lang, article=lang == "ar")
        return cls(
            lang=lang,
            window=int(raw.get("window", 40)),
            speech=compile_terms(raw.get("speech", []), lang, article=lang == "ar"),
            sources=sources,
            source_groups=tuple(g for g, _ in paired),
            unpaired=unpaired_pattern,
            unpaired_groups=tuple(g for g, _ in unpaired),
            source_labels=group_labels(sources, [g for g, _ in paired]),
            unpaired_labels=group_labels(unpaired_pattern, [g for g, _ in unpaired]),
            continuation=tuple(re.compile(fold_pattern(p, lang)) for p in raw.get("continuation", [])),
            verb_first_at_end=bool(raw.get("verb_first_at_end", False)),
            grammar=SourceGrammar.from_spec(raw.get("grammar", {}), lang),
            pronoun_speaker=re.compile("|".join(f"(?:{p})" for p in raw["pronoun_speaker"]), re.IGNORECASE)
            if raw.get("pronoun_speaker") else None,
            commentators=re.compile(r"\b(?:" + "|".join(raw["commentator_roles"]) + r")\b", re.IGNORECASE)
            if raw.get("commentator_roles") else None,
            source_breaks=_words(raw.get("source_breaks"), r"[\W_]*"),
            source_back_refs=_words(raw.get("source_back_refs"), r"(?<!\w)"),
        )

    def find(self, ntext: str, pos: int = 0, endpos: int | None = None) -> list[Hit]:
        """Reporting verbs and source phrases of a normalised text (normalised offsets)."""
        end = len(ntext) if endpos is None else endpos
        hits: list[Hit] = []
        if self.speech is not None:
            hits.extend(Hit("speech", m.start(), m.end()) for m in self.speech.finditer(ntext, pos, end))
        # Without a reporting verb no paired source can count, so its (costly) pattern is skipped.
        for pattern, groups, needed in ((self.sources, self.source_groups, True),
                                        (self.unpaired, self.unpaired_groups, False)):
            if pattern is None or (needed and not hits):
                continue
            hits.extend(Hit(groups[int(m.lastgroup[1:])], m.start(), m.end())  # type: ignore[index]
                        for m in pattern.finditer(ntext, pos, end))
        return hits

    def pronoun_source(self, text: str, start: int, end: int) -> tuple[str, bool] | None:
        """The words of a speaker named by a pronoun in text[start:end] ("he told reporters"), or
        by a lone surname ("Hajiji said": then the second item is True), if any."""
        # searched in the sentence's own string: `^` then marks the sentence's start, which a
        # search from `start` in the whole text never matches ("He said the talks would ...")
        m = self.pronoun_speaker.search(text[start:end]) if self.pronoun_speaker is not None else None
        return (m.group("who"), "name" in m.groupdict() and m.group("name") is not None) if m else None

    def is_continuation(self, nsentence: str) -> bool:
        """"He added that ...": the sentence goes on quoting the previous sentence's source."""
        return any(p.search(nsentence) for p in self.continuation)




def candidates(text: str, verbs: Sequence[Hit], blockers: Sequence, sources: Sequence[Hit], window: int,
               verb_first_at_end: bool, grammar: SourceGrammar) -> list[Candidate]:
    """The sources of one sentence that can attribute its clauses: its reporting verbs, the cue
    words (anything with .start and .end) and the source phrases and people, as for `attribute`.
    They do not depend on the clause, so a sentence finds them once."""
    # "which the ministry did not confirm": a negated confirmation attributes nothing
    if grammar.unsaid:
        verbs = [v for v in verbs if not unsaid(text, v, grammar)]
    # «يتوقع أن تعلن الوزارة», "is expected to announce": a forward cue governs the verb, which is
    # what the claim says will happen, not who says so
    if blockers:
        verbs = [v for v in verbs if not governed_by_cue(text, v, blockers)]
    # "the United States", "Reporters Without Borders": a reporting verb inside a name is the name's
    names = [h for h in sources if h.kind in _NAMES]
    if names:
        verbs = [v for v in verbs if not _within(v, names)]
    # "the government will announce the date", «أن تعلن الحكومة»: a reporting verb in the infinitive or
    # future is what the claim says will happen, whoever is expected to say it
    if grammar.later_before is not None or grammar.future_verb is not None:
        verbs = [v for v in verbs if not told_later(text, v, grammar)]
    # A name inside an institution's phrase is that institution («وزارة الخارجية», "the Electoral
    # Commission"): it speaks as an official statement, not as a named person; inside an unnamed
    # speaker's phrase ("a State Department official said") it is where the speaker works.
    holders = [h for h in sources if h.kind == "official_statement" or h.kind in _UNNAMED]
    if holders:
        sources = [h for h in sources if not (h.kind == "person" and _within(h, holders))]
        # «أعلن مكتب رئيس الوزراء محمد شياع السوداني»: a body's phrase running into a name makes the
        # name its holder's, and the body the speaker
        # "Prime Minister James Marape's office said": a name running into a body's phrase owns the
        # body, which speaks (both orders: the phrase overlaps the name's start or its end)
        sources = [h for h in sources if not (h.kind == "person" and any(
            o.kind == "official_statement" and (o.start < h.start < o.end < h.end or h.start < o.start < h.end < o.end)
            for o in holders))]
        unnamed = [h for h in holders if h.kind in _UNNAMED]
        if unnamed:
            # "a US official said": the state names where an unnamed speaker works, it does not speak;
            # nor does a body that qualifies the speaker's noun ("Basque government sources said")
            sources = [h for h in sources if not (h.kind == "state" and _within(h, unnamed))
                       and not (h.kind in _WORKPLACES and _qualifies(text, h, unnamed))]
            # "a senior official at the Nusantara Capital Authority said": a name or body that begins
            # in an unnamed speaker's phrase and runs on past it is where the speaker works; the
            # speaker's phrase runs to its end
            runs_on = [h for h in sources if h.kind in _WORKPLACES and any(o.start < h.start < o.end < h.end for o in unnamed)]
            if runs_on:
                sources = [h for h in sources if h not in runs_on and h not in unnamed] + [
                    Hit(o.kind, o.start, max([o.end] + [h.end for h in runs_on if o.start < h.start < o.end]))
                    for o in unnamed]
    # «وقال وزير الخارجية، يوسف رجي»: a title and the name set off after it are one speaker, named
    sources = apposed(text, sources)
    # "X said in a statement": the statement is how X spoke, so X decides the kind (a union's
    # statement is not an official one)
    if verbs:
        sources = [h for h in sources if not _how_spoken(text, h, verbs)]
    # The word in a speaker's slot is a name only when it is no known source («وأضاف المصدر أن»).
    sources = [h for h in sources if h.kind != "unpaired:speaker" or not _holds_other(h, sources)]
    # A source phrase inside a longer one is part of it ("the ministry" in "an official in the ministry").
    if len(sources) > 1:
        sources = [h for h in sources if not _nested(h, sources)]
    # another source between a verb and a speaker means the verb belongs to that one ("X, Israeli
    # radio reported"); a source overlapping the speaker never stands between them
    between = [*blockers, *sources]
    out: list[tuple[int, int, str, int, int, int]] = []
    # where an unnamed speaker's qualifying phrase stands ("officials [at the Labour Party] said"):
    # a name there is part of the speaker, not a speaker of its own
    qualified: list[tuple[int, int]] = []
    for h in sources:
        group, _, unpaired_kind = h.kind.partition(":")
        if group == "unpaired":
            # a withheld name ("an official in the ministry, who asked not to be named") is anonymous
            # whatever institution or title stands beside it
            # a body speaking «على لسان رئيسه فلان» (through its chairman's mouth) is that person's word
            # a union or an MP threatening its own action («هددت النقابة بإضراب») speaks for itself
            kind = {"withheld": "anonymous", "speaker": "named", "mouthpiece": "named",
                    "threat": "named"}.get(unpaired_kind, unpaired_kind)
            rank, start, end = _RANK.get(unpaired_kind, 1), h.start, h.end
        else:
            kind = "named" if group == "person" else _KIND_OF_GROUP.get(group, group)
            if group == "observers" and firm_observers(text, h.start, h.end):
                group = "named_role"  # "ASB economists expect": a named firm's economists
                kind = _KIND_OF_GROUP[group]
            if kind not in _RANK and group not in _RANK:
                continue
            rank = _RANK.get(group, 1)
            near = [v for v in verbs
                    if _paired(text, v, h, window, between, verb_first_at_end, grammar, blockers, verbs)]
            if not near:
                continue
            v = near[0] if len(near) == 1 else min(near, key=lambda v: abs(_gap(v, h)))
            start, end = min(v.start, h.start), max(v.end, h.end)
            if kind in _UNNAMED and _relays(text, v, verbs):
                rank = _RANK["person"]
            if h.end < v.start - VERB_FIRST_GAP and kind in _UNNAMED:
                qualified.append((h.end, v.start))
        out.append((-rank, -(end - start), kind, start, end, h.start))
    return [c[:5] for c in out if not any(lo <= c[5] < hi for lo, hi in qualified)]


_NAMES = frozenset({"person", "state"})  # hits of names the gazetteer found
_WORKPLACES = frozenset({"person", "state", "official_statement"})  # what an unnamed speaker's phrase may name


_GOVERNED_GAP = re.compile(r"\s*(?:[اأإ]ن|to|will|would)?\s*", re.IGNORECASE)


def governed_by_cue(text: str, verb: Hit, cues: Sequence) -> bool:
    """Whether a forward cue right before the verb governs it (only «أن», "to" or a modal between)."""
    for c in cues:
        # (a verb that is itself the cue, "analysts expect", «يرجح مراقبون», still reports)
        if c.end <= verb.start and verb.start - c.end <= 8 and _GOVERNED_GAP.fullmatch(text, c.end, verb.start):
            return True
    return False


_HOW_SPOKEN_GAP = re.compile(r"\s*(?:on \w+\s*)?(?:in|في|ب)\s", re.IGNORECASE)


# a source set after what it tells, with no verb of its own ("according to", «بحسب»)
RELAYING = re.compile(r"according to|[وف]?(?:بحسب|حسب|وفق|وفقا ل)", re.IGNORECASE)


def _relays(text: str, verb: Hit, verbs: Sequence[Hit]) -> bool:
    """Whether a closing "according to" relays what another reporting verb before it says ("X
    signalled it could …, according to a diplomat"): the innermost source is the one relaying."""
    return RELAYING.match(text, verb.start) is not None and "," in text[max(0, verb.start - 3):verb.start] \
        and any(o.end <= verb.start and o is not verb for o in verbs)


def _how_spoken(text: str, h: Hit, verbs: Sequence[Hit]) -> bool:
    """Whether an unpaired statement phrase is the manner of a reporting verb right before it."""
    if h.kind != "unpaired:official_statement":
        return False
    return any(v.end <= h.start and h.start - v.end <= 16
               and _HOW_SPOKEN_GAP.match(text, v.end, h.start + 4) is not None for v in verbs)


def _qualifies(text: str, h: Hit, unnamed: Sequence[Hit]) -> bool:
    """Whether `h` stands right before an unnamed speaker's phrase as its qualifier: one space apart, or
    running into it ("Basque government" in "government sources")."""
    return any((o.start == h.end + 1 and text[h.end] == " ") or h.start < o.start < h.end <= o.end
               for o in unnamed if o.kind == "anonymous")  # (a pollster's poll is the pollster's)


def _holds_other(h: Hit, hits: Sequence[Hit]) -> bool:
    return any(o is not h and h.start <= o.start and o.end <= h.end for o in hits)


def _within(h: Hit, hits: Sequence[Hit]) -> bool:
    return any(o.start <= h.start and h.end <= o.end for o in hits)


def _nested(h: Hit, hits: Sequence[Hit]) -> bool:
    """Whether a longer hit holds `h`."""
    length = h.end - h.start
    for o in hits:
        if o.start <= h.start and h.end <= o.end and o.end - o.start > length and o is not h:
            return True
    return False


def _gap(a: Hit, b: Hit) -> int:
    return max(a.start, b.start) - min(a.end, b.end)
