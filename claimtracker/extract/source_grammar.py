"""How a source phrase and its reporting verb may stand apart: the `grammar` section of each
language's attribution lexicon (`data/lexicons/attribution_*.json`), and the word tests it makes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from claimtracker.extract.cues import compile_terms
from claimtracker.text import normalize_text

if TYPE_CHECKING:
    from claimtracker.extract.attribution import Hit


@dataclass(frozen=True, slots=True)
class SourceGrammar:
    """How a source phrase and its reporting verb may stand apart: the `grammar` section of a
    language's attribution lexicon."""

    source_after: tuple[re.Pattern, ...]  # verbs whose source always follows them ("according to")
    postmodifier: tuple[re.Pattern, ...]  # words opening a phrase that qualifies a noun ("in", «في»)
    preverb: tuple[re.Pattern, ...]  # words before a verb in its phrase ("did not", "also", «لم»)
    postmodifier_window: int
    negation: tuple[re.Pattern, ...] = ()  # "did not", «لم»
    unsaid: tuple[re.Pattern, ...] = ()  # verbs that, negated, say nothing ("did not confirm", «لم تؤكده»)
    apposition_window: int = 0  # how long ", an analyst at X in Y," after a name may be (0: `window`)
    # a reporting verb told later: after one of these words ("will announce", «أن تعلن») when the verb
    # has the `later_verb` form (Arabic: the imperfect), or with a future prefix of its own («سيعلن»)
    later_before: re.Pattern | None = None
    later_verb: re.Pattern | None = None
    future_verb: re.Pattern | None = None
    # ... or a present verb in a subordinate clause of time ("when the committee announces its
    # decision on February 18", «عندما تعلن اللجنة»): what will be said then, not who says the claim
    later_clause: re.Pattern | None = None
    later_past: re.Pattern | None = None  # a past verb there ("when the ministry announced") was said
    # a bare comma between a source and the verb after it ends the source's clause: the verb
    # opens one of its own («وعلى صعيد الحكومة، أفادت مصادر»; Arabic puts the verb first)
    comma_ends_subject: bool = False
    # words of an organisation's English name that make it a government body whose word is an
    # official statement ("Ministry of External Affairs"), not a named speaker
    statement_bodies: re.Pattern | None = None
    # words of a state body's English name (a commission, an authority, a central bank): paired as a
    # named speaker, its word is an official statement; a party's, union's or firm's stays named
    speaking_bodies: re.Pattern | None = None
    body_roles: re.Pattern | None = None  # a role beside the body ("its director") keeps the speaker named
    # a definite verbal noun («الإعلان عن» after «يعتزم الحزب»): what is to be said, not a telling
    definite_noun: re.Pattern | None = None
    # a state body's words as the text writes them, for a named speaker no actor covers («أعلنت
    # مصلحة خفر السواحل»); `speaking_bodies` stands in where a language has none (English)
    speaking_body_words: re.Pattern | None = None
    # "according to", «وفق»: a source that opens with one speaks for the clause before it, whatever
    # follows it (`attribution_choice.closest`)
    closing_sources: tuple[re.Pattern, ...] = ()
    # "between", «بين»: an actor right after one is a side of a pair («هدنة أعلنت ... بين الأمن العام
    # ومجموعة مسلحة»), not the speaker of a verb before it
    pair_openers: tuple[re.Pattern, ...] = ()

    @classmethod
    def from_spec(cls, spec: dict, lang: str) -> SourceGrammar:
        def patterns(key: str) -> tuple[re.Pattern, ...]:
            pattern = compile_terms(spec.get(key) or [], lang)
            return (pattern,) if pattern is not None else ()

        def regex(section: dict, key: str) -> re.Pattern | None:
            return re.compile(section[key]) if section.get(key) else None

        later = spec.get("told_later") or {}
        return cls(patterns("source_after"), patterns("postmodifier"), patterns("preverb"),
                   int(spec.get("postmodifier_window", 0)), patterns("negation"), patterns("unsaid"),
                   int(spec.get("apposition_window", 0)),
                   regex(later, "before"), regex(later, "verb"), regex(later, "future"), regex(later, "subordinate"),
                   regex(later, "subordinate_past"),
                   bool(spec.get("comma_ends_subject", False)), regex(spec, "statement_bodies"),
                   regex(spec, "speaking_bodies"), _regex_ci(spec, "body_roles"), regex(later, "definite_noun"),
                   regex(spec, "speaking_body_words"), patterns("closing_sources"), patterns("pair_openers"))


def _regex_ci(section: dict, key: str) -> re.Pattern | None:
    return re.compile(section[key], re.IGNORECASE) if section.get(key) else None


def starts_with(patterns: Sequence[re.Pattern], text: str, whole: bool = False) -> bool:
    """Whether the text opens with (or, `whole`, is) a term of the patterns."""
    folded = _fold(text)
    for p in patterns:
        m = p.match(folded)
        if m and (not whole or m.end() == len(folded)):
            return True
    return False


# the same few verbs and particles are folded sentence after sentence
@lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    return normalize_text(text).lower().strip()


def opens_pair(text: str, start: int, grammar: SourceGrammar) -> bool:
    """Whether the word right before `start` is a pair opener ("between", «بين»)."""
    if not grammar.pair_openers:
        return False
    words = text[max(0, start - 12) : start].split()
    return bool(words) and starts_with(grammar.pair_openers, words[-1], whole=True)


def unsaid(text: str, verb: Hit, grammar: SourceGrammar) -> bool:
    """A negated verb of the `unsaid` list ("did not confirm", «لم تؤكده»): it attributes nothing."""
    if not starts_with(grammar.unsaid, text[verb.start : verb.end], whole=True):
        return False
    words = text[max(0, verb.start - 16) : verb.start].split()
    return any(starts_with(grammar.negation, " ".join(words[-n:]), whole=True) for n in (1, 2) if len(words) >= n)


def told_later(text: str, verb: Hit, grammar: SourceGrammar) -> bool:
    """Whether a reporting verb is in the infinitive or future ("will announce", «أن تعلن», «سيعلن»):
    it is what a claim says will be said, not who says the claim."""
    said = _fold(text[verb.start : verb.end])
    if grammar.future_verb is not None and grammar.future_verb.match(said):
        return True
    if grammar.definite_noun is not None and grammar.definite_noun.match(said):
        return True
    if (grammar.later_clause is not None and _in_time_clause(text, verb, grammar.later_clause)
            and (grammar.later_verb is None or grammar.later_verb.match(said) is not None)
            and (grammar.later_past is None or grammar.later_past.search(said) is None)):
        return True
    if grammar.later_before is None or not grammar.later_before.search(_fold_tail(text[max(0, verb.start - 12) : verb.start])):
        return False
    return grammar.later_verb is None or grammar.later_verb.match(said) is not None


_CLAUSE_BREAK = re.compile(r"[,،.;:؛!?\n«»\"“”]")
_TIME_CLAUSE_REACH = 60


def _in_time_clause(text: str, verb: Hit, clause: re.Pattern) -> bool:
    """Whether the verb stands in a subordinate clause of time opened a few words before it, with
    no clause break between."""
    lead = text[max(0, verb.start - _TIME_CLAUSE_REACH) : verb.start]
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(lead)]
    if breaks:
        lead = lead[breaks[-1]:]
    return clause.search(_fold_tail(lead)) is not None


def _fold_tail(text: str) -> str:
    # _fold strips, and the marker must end right before the verb: keep one space when there was one
    folded = _fold(text)
    return folded + " " if text[-1:].isspace() else folded


