"""A body's bare head noun refers to the body of that head the article named before it.

News names a body once in full («المفوضية الأوروبية», "the Independent Electoral Commission") and
then by its head noun alone («وقالت المفوضية إن», "the commission said"). A claim that carries only
the head is still about that body, and readers (and the evaluation golds) list the body as its
actor. The head alone is no name of its own, so it is read only when the text named a body with
that head before it: the nearest one. A head with a modifier of its own («اللجنة المالية», "the
committee on ...", "the Commission President") is another name, or a person's post, and is left.
The head nouns are data (`data/gazetteer/body_refs.json`).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

from claimtracker.extract.gazetteer_checks import ActorHit
from claimtracker.extract.phrases import Token, positions
from claimtracker.models import ActorRef
from claimtracker.text import normalize_text

__all__ = ["BodyRefs"]

_AR_CONJ = ("و", "ف")
_AR_PREP = ("ب", "ك")
_COMPLEMENT = re.compile(r" (?:of|for|on) ")  # what follows a body's head in its English name


@dataclass(frozen=True)
class BodyRefs:
    # Arabic: every written form of a definite head («والمفوضية», «للجنة») -> the head
    ar_refs: dict[str, str]
    # every written form of a head word -> the head: Arabic forms that open a body's name («لجنة»,
    # «المفوضية», «ولجنة») and English ones in any case ("commission", "Commission", "COMMISSION")
    forms: dict[str, dict[str, str]]
    en_heads: frozenset[str]
    # words after an English head that make it part of another name ("the committee on …") or its
    # people ("the party members said": the source, not the body)
    en_modifiers: frozenset[str]
    ar_before: frozenset[str]  # words before an Arabic head that make it part of something else
    en_before: frozenset[str]
    # a capitalised English head no earlier body holds -> (the body it names, the gazetteer ids of
    # which one must be in the text): "the Commission" in a story about the EU
    en_defaults: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> BodyRefs:
        raw = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        refs: dict[str, str] = {}
        opens: dict[str, str] = {}
        for h in (normalize_text(w) for w in raw.get("heads_ar", [])):
            definite = {"ال" + h, "لل" + h} | {p + "ال" + h for p in _AR_PREP}
            refs.update((form, h) for form in definite | {c + f for c in _AR_CONJ for f in definite})
            # a name opens with the head bare («لجنة المتابعة»), with a clitic («ولجنة») or definite
            opens.update((form, h) for form in {h} | {p + h for p in ("و", "ف", "ب", "ل")})
        opens.update(refs)
        en_heads = frozenset(w.lower() for w in raw.get("heads_en", []))
        en_forms = {f: w for w in en_heads for f in (w, w.capitalize(), w.upper())}
        defaults = {head.lower(): (d["actor"], frozenset(d["when"])) for head, d in raw.get("defaults_en", {}).items()}
        return cls(refs, {"ar": opens, "en": en_forms}, en_heads,
                   frozenset(raw.get("modifiers_after_en", [])) | frozenset(raw.get("people_after_en", [])),
                   frozenset(normalize_text(w) for w in raw.get("not_after_ar", [])),
                   frozenset(w.lower() for w in raw.get("not_after_en", [])), defaults)

    def refer(self, text: str, lang: str, tokens: Sequence[Token], hits: list[ActorHit],
              antecedents: Sequence[ActorHit] = (),
              actor_of: Callable[[str], ActorRef | None] | None = None) -> list[ActorHit]:
        """`hits` with one more hit for each bare head that refers back to a body named before it.

        `antecedents` are bodies named where they are no actor, in a person's title («محافظ صندوق
        الاستثمارات العامة»): a later «الصندوق» still refers to them.

        The body referred to is the one the nearest earlier word of that head names: a head
        word that no body's name holds («رئيس مجلس النواب» read as a person's post, "a committee")
        leaves the head unresolved. A capitalised English head that no body named before holds may
        name a body by default (`defaults_en`: "the Commission" where the text names the EU), found
        with `actor_of` (the gazetteer's lookup by id).
        """
        if not any(h.actor.kind == "org" for h in hits) and not antecedents:
            return hits
        lang = "ar" if lang == "ar" else "en"
        forms = self.forms[lang]
        # only the head words are visited: a few dozen of an article's hundreds of tokens, found in C
        at = [(i, forms[tokens[i].text]) for i in positions(map(itemgetter(0), tokens), forms)]
        bare = self._bare_ar(text, tokens, at) if lang == "ar" else self._bare_en(text, tokens, at)
        if not bare:
            return hits
        spans = sorted([*hits, *antecedents], key=lambda h: (h.start, h.end))
        starts = [h.start for h in spans]
        head_starts = [tokens[i].start for i, _ in at]
        ends = {tokens[i].start: tokens[i].end for i, _ in at}
        # a body whose written name holds no head word ("the IMF" for "the Fund") counts by its
        # canonical name, at its start
        steps: list[tuple[int, int, str, ActorHit | None]] = []
        for span in spans:
            if span.actor.kind == "org" and bisect_left(head_starts, span.start) == bisect_left(head_starts, span.end):
                head = self._canonical_head(span, lang)
                if head is not None:
                    steps.append((span.start, 0, head, span))
        for i, head in at:
            steps.append((tokens[i].start, 1, head, None))
        steps.sort(key=lambda s: (s[0], s[1]))
        last: dict[str, ActorHit | None] = {}  # head -> the body its latest word names
        extra = []
        for start, kind, head, hit in steps:
            if kind == 0:
                last[head] = hit
                continue
            k = bisect_right(starts, start) - 1
            inside = spans[k] if k >= 0 and spans[k].end > start else None
            named = spans[k + 1] if k + 1 < len(spans) and spans[k + 1].start == ends[start] + 1 \
                and text[ends[start]] == " " else None
            if inside is not None:
                last[head] = inside if inside.actor.kind == "org" else None
            elif named is not None and named.actor.kind == "org" and start not in bare:
                last[head] = named  # «جماعة الحوثيين», "the Houthi group": the head the name holds
            elif start in bare:
                antecedent = last.get(head)
                if antecedent is not None:
                    extra.append(ActorHit(antecedent.actor, *bare[start]))
                elif head not in last and lang == "en" and head in self.en_defaults and actor_of is not None \
                        and text[start].isupper():
                    default = self._default(head, hits, actor_of)
                    if default is not None:
                        extra.append(ActorHit(default, *bare[start]))
            else:
                last[head] = None  # a body the text names without a known name: the head is ambiguous
        if not extra:
            return hits
        return sorted(hits + extra, key=lambda h: (h.start, h.end))

    def _bare_ar(self, text: str, tokens: Sequence[Token], at: list[tuple[int, str]]) -> dict[int, tuple[int, int]]:
        """The bare definite heads among the head words `at`: their start -> the span read."""
        out = {}
        refs = self.ar_refs
        for i, _ in at:
            t = tokens[i]
            if t.text not in refs:
                continue
            if i > 0 and tokens[i - 1].text in self.ar_before:
                continue  # «رئيس اللجنة»: the person's post
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and not text[t.end:nxt.start].strip() and nxt.text.startswith(("ال", "لل")):
                continue  # «اللجنة المالية»: a name of its own
            out[t.start] = (t.start, t.end)
        return out

    def _bare_en(self, text: str, tokens: Sequence[Token], at: list[tuple[int, str]]) -> dict[int, tuple[int, int]]:
        out = {}
        for i, _ in at:
            t = tokens[i]
            if i < 1 or tokens[i - 1].text not in ("the", "The") or text[tokens[i - 1].end:t.start] != " ":
                continue
            j = i - 3 if i > 2 and tokens[i - 2].text == "of" else i - 2
            if j >= 0 and tokens[j].text.lower() in self.en_before:
                continue  # "the chairman of the committee": the person's post
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and text[t.end:nxt.start] == " " and (nxt.text[:1].isupper() or nxt.text in self.en_modifiers):
                continue  # "the Commission President", "the committee on budget", "the party members"
            out[t.start] = (tokens[i - 1].start, t.end)
        return out

    def _default(self, head: str, hits: Sequence[ActorHit],
                 actor_of: Callable[[str], ActorRef | None]) -> ActorRef | None:
        actor_id, when = self.en_defaults[head]
        return actor_of(actor_id) if any(h.actor.actor_id in when for h in hits) else None

    def _canonical_head(self, hit: ActorHit, lang: str) -> str | None:
        if lang == "ar":
            words = normalize_text(hit.actor.name_ar or "").split()
            return self.forms["ar"].get(words[0]) if words else None
        # the head of "Council of Representatives" or "European Union Aviation Safety Agency" is the
        # last head word before any "of"
        name = _COMPLEMENT.split(hit.actor.name, maxsplit=1)[0]
        found = [w for w in name.lower().split() if w in self.en_heads]
        return found[-1] if found else None
