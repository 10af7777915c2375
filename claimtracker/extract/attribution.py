"""Who says so: attribution kind and its verbatim words (`data/lexicons/attribution_*.json`).

A source phrase (unnamed sources, observers, a ministry, a named outlet) or a person found by the
gazetteer counts when a reporting verb stands next to it ("sources said", «وتؤكد مصادر مطلعة»,
"Lavrov said"). A few phrases attribute on their own ("reportedly", «تتواتر معلومات»). With
no source the article speaks for itself: `outlet`, with no text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from claimtracker.extract.cues import compile_groups, compile_terms, fold_pattern, group_labels
from claimtracker.models import Attribution

# How a source group maps to the attribution kinds of models.ATTRIBUTION_KINDS.
_KIND_OF_GROUP = {
    "anonymous": "anonymous",
    "observers": "observers",
    "official_statement": "official_statement",
    "named_outlet": "named",
    "named_role": "named",
}
# When two sources sit in one sentence, the innermost identifiable one wins: people and
# institutions over vaguer sources, and unnamed sources over the outlet that relays them
# ("Reuters quoted a senior source" is anonymous).
_RANK = {"withheld": 6, "person": 5, "official_statement": 4, "named_role": 4, "anonymous": 3, "named_outlet": 2, "observers": 1}
# A reporting verb before its speaker stands right next to it ("said the source", «وأشار المصدر»).
VERB_FIRST_GAP = 12
# "said that Duda would ...": a complementizer between the verb and a name makes the name the topic.
# Punctuation that ends what a verb and its speaker may have between them.
_GAP_STOP = re.compile("[.:؛;«»\"“”]")
_COMPLEMENTIZER = re.compile(r"(?<!\w)(?:that|[اأإ]ن|[اأإ]نه|[اأإ]نها|بان|بأن)(?!\w)")


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str  # a source group, "speech", "person", or "continuation"
    start: int
    end: int


# Arabic source phrases take a few following words ("مصادر سياسية مطلعة"); a particle or
# preposition ends the phrase («وأشار المصدر إلى أن» is the source «المصدر»).
_AR_PHRASE_WORD = r"(?:(?!(?:الي|علي|في|من|عن|ان|انه|انها|بان|الذي|التي|حول|مع|قد|لن|لم)(?!\w))\w+)"
_VERB_FIRST_ANYWHERE = re.compile(r"^(?:according to|citing|quoting|quoted|cited)$")


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

    @classmethod
    def load(cls, path: Path, lang: str) -> AttributionLexicon:
        raw = json.loads(path.read_text(encoding="utf-8"))
        paired = [(group, list(terms)) for group, terms in raw.get("sources", {}).items()]
        unpaired = [("unpaired:" + kind, list(terms)) for kind, terms in raw.get("unpaired", {}).items()]
        if lang == "ar":
            paired = [(g, [t.replace("\\w+", _AR_PHRASE_WORD) for t in terms]) for g, terms in paired]
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
            hits.extend(Hit(groups[int(m.lastgroup[1:])], m.start(), m.end())
                        for m in pattern.finditer(ntext, pos, end))
        return hits

    def is_continuation(self, nsentence: str) -> bool:
        """"He added that ...": the sentence goes on quoting the previous sentence's source."""
        return any(p.search(nsentence) for p in self.continuation)


def attribute(
    text: str,
    sentence: tuple[int, int],
    clause: tuple[int, int],
    hits: Sequence[Hit],
    window: int,
    verb_first_at_end: bool = False,
) -> Attribution | None:
    """The attribution of a clause from the hits of its sentence (original offsets), or None.

    `hits` holds reporting verbs ("speech"), source phrases by group, and "person" for people
    found by the gazetteer or title patterns.
    """
    s_start, s_end = sentence
    inside = [h for h in hits if h.start >= s_start and h.end <= s_end]
    verbs = [h for h in inside if h.kind == "speech"]
    blockers = [h for h in inside if h.kind == "cue"]
    sources = [h for h in inside if h.kind not in ("speech", "cue")]
    return closest(text, candidates(text, verbs, blockers, sources, window, verb_first_at_end), clause)


Candidate = tuple[int, int, str, int, int]  # (-rank, -length, kind, start, end)


def candidates(text: str, verbs: Sequence[Hit], blockers: Sequence, sources: Sequence[Hit], window: int,
               verb_first_at_end: bool = False) -> list[Candidate]:
    """The sources of one sentence that can attribute its clauses: its reporting verbs, the cue
    words (anything with .start and .end) and the source phrases and people, as for `attribute`.
    They do not depend on the clause, so a sentence finds them once."""
    # A source phrase inside a longer one is part of it ("the ministry" in "an official in the ministry").
    if len(sources) > 1:
        sources = [h for h in sources if not _nested(h, sources)]
    # another source between a verb and a speaker means the verb belongs to that one ("X, Israeli
    # radio reported"); a source overlapping the speaker never stands between them
    between = [*blockers, *sources]
    out: list[Candidate] = []
    for h in sources:
        group, _, unpaired_kind = h.kind.partition(":")
        if group == "unpaired":
            # a withheld name ("an official in the ministry, who asked not to be named") is anonymous
            # whatever institution or title stands beside it
            kind = "anonymous" if unpaired_kind == "withheld" else unpaired_kind
            rank, start, end = _RANK.get(unpaired_kind, 1), h.start, h.end
        else:
            kind = "named" if group == "person" else _KIND_OF_GROUP.get(group, group)
            if kind not in _RANK and group not in _RANK:
                continue
            rank = _RANK.get(group, 1)
            near = [v for v in verbs if _paired(text, v, h, window, between, verb_first_at_end)]
            if not near:
                continue
            v = near[0] if len(near) == 1 else min(near, key=lambda v: abs(_gap(v, h)))
            start, end = min(v.start, h.start), max(v.end, h.end)
        out.append((-rank, -(end - start), kind, start, end))
    return out


def closest(text: str, found: Sequence[Candidate], clause: tuple[int, int]) -> Attribution | None:
    """The attribution of a clause among its sentence's `candidates`: the nearest, then the most
    identifiable, then the longest."""
    if not found:
        return None
    c_start, c_end = clause
    _, _, _, kind, start, end = min((_distance(c[3], c[4], c_start, c_end), *c) for c in found)
    return Attribution(kind, text[start:end])


def _distance(start: int, end: int, c_start: int, c_end: int) -> int:
    return 0 if start < c_end and end > c_start else min(abs(start - c_end), abs(end - c_start))


def _nested(h: Hit, hits: Sequence[Hit]) -> bool:
    """Whether a longer hit holds `h`."""
    length = h.end - h.start
    for o in hits:
        if o.start <= h.start and h.end <= o.end and o.end - o.start > length and o is not h:
            return True
    return False


def _paired(
    text: str, verb: Hit, source: Hit, window: int, blockers: Sequence[Hit], verb_first_at_end: bool = False
) -> bool:
    """Whether a reporting verb introduces this source: "sources said", "said the source",
    "Rick Rieder, BlackRock's CIO, said". A cue word between them means the source is the topic
    of a claim, not its speaker ("Modi, the date will be set, said the source")."""
    if verb.start < source.end and source.start < verb.end:
        return True  # one phrase holds both («إعلان موسكو»)
    if verb.end <= source.start:
        lo, hi = verb.end, source.start
        limit = VERB_FIRST_GAP if source.kind == "person" else VERB_FIRST_GAP + 6
        if not verb_first_at_end:
            # verb-subject order: a title may stand between («أعلن مبعوث الأمم المتحدة … بيدرسون»)
            limit = window
        if verb_first_at_end and not _VERB_FIRST_ANYWHERE.match(text[verb.start : verb.end].lower()):
            after = text[source.end : source.end + 2].lstrip()
            if after and after[0] not in ",.;:)\"”’":
                return False
    else:
        lo, hi = source.end, verb.start
        # only an apposition may stand between a speaker and a following verb
        limit = window if text[lo:hi].lstrip().startswith((",", "،")) else VERB_FIRST_GAP
    if hi - lo > limit or any(lo <= b.start and b.end <= hi for b in blockers):
        return False
    gap_text = text[lo:hi]
    if _GAP_STOP.search(gap_text):
        return False
    return not _COMPLEMENTIZER.search(gap_text.lower())


def _gap(a: Hit, b: Hit) -> int:
    return max(a.start, b.start) - min(a.end, b.end)
