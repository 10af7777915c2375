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

    @classmethod
    def from_spec(cls, spec: dict, lang: str) -> SourceGrammar:
        def patterns(key: str) -> tuple[re.Pattern, ...]:
            pattern = compile_terms(spec.get(key) or [], lang)
            return (pattern,) if pattern is not None else ()

        return cls(patterns("source_after"), patterns("postmodifier"), patterns("preverb"),
                   int(spec.get("postmodifier_window", 0)), patterns("negation"), patterns("unsaid"),
                   int(spec.get("apposition_window", 0)))


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


def unsaid(text: str, verb: Hit, grammar: SourceGrammar) -> bool:
    """A negated verb of the `unsaid` list ("did not confirm", «لم تؤكده»): it attributes nothing."""
    if not starts_with(grammar.unsaid, text[verb.start : verb.end], whole=True):
        return False
    words = text[max(0, verb.start - 16) : verb.start].split()
    return any(starts_with(grammar.negation, " ".join(words[-n:]), whole=True) for n in (1, 2) if len(words) >= n)
