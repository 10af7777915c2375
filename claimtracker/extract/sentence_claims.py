"""Which time phrases of a sentence belong to another claim of that sentence.

A claim with no time phrase of its own may take one from its sentence (`drafts.draft`), but not
one inside a later claim the sentence states separately: in "Cairo will take part in good faith,
but warned it might pull out by the end of March", March is the date of pulling out, not of
taking part. A separate claim opens with a contrast or a new "that" clause ("but", "while",
"and that", «لكن», «في حين», «فيما»); a clause that only goes on with the claim before it
(«على أن يعلن عنه خلال أيام», a verb after a cut clause, "which was due by March") keeps its date
for that claim. The opening words are lexicon data (`data/lexicons/separate_claims.json`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from claimtracker.config import DATA_DIR
from claimtracker.extract.alternation import literal_alternation
from claimtracker.text import normalize_text

if TYPE_CHECKING:
    from claimtracker.extract.document import Doc, TimeSpan

OPENER_REACH = 24  # characters at the start of a claim searched for its opening word


_NEVER = re.compile(r"(?!)")  # a language with no opening words: no later claim is separate


def load_separate_opener(path: Path, lang: str) -> re.Pattern:
    """The opening words of a separate claim, at the start of a claim's text (after punctuation),
    from a `separate_claims.json` (`Resources` reads it per language)."""
    spec = json.loads(path.read_text(encoding="utf-8"))
    words = spec.get(lang, [])
    if not words:
        return _NEVER
    # «وإن كانت ...» is "even though", no new claim, though «وإن» alone is "and that"
    after = [normalize_text(w) for w in spec.get("not_before", {}).get(lang, [])]
    not_before = rf"(?!\s+(?:{literal_alternation(after)})(?!\w))" if after else ""
    return re.compile(rf"[\W_]*(?:{literal_alternation(normalize_text(w) for w in words)})(?!\w){not_before}",
                      re.IGNORECASE)


@lru_cache(maxsize=4)
def separate_opener(lang: str) -> re.Pattern:
    """The opening words of the project's own data folder, for a caller holding no `Resources`."""
    return load_separate_opener(DATA_DIR / "lexicons" / "separate_claims.json", lang)


def others_times(doc: Doc, start: int, times: Sequence[TimeSpan], others: Sequence[tuple[int, int]],
                 opener: re.Pattern | None = None) -> list[TimeSpan]:
    """The `times` less those inside a separate claim after the one starting at `start`, and, when
    that claim opens as a separate one itself ("while it is unclear whether the summit will ..."),
    those of the claims before it. `opener` is the language's (`LanguageLexicons.separate`);
    without it the project's own."""
    if not others:
        return list(times)
    rx = opener if opener is not None else separate_opener(doc.lang)
    separate = [(a, b) for a, b in others if a > start
                and rx.match(doc.nslice(a, min(b, a + OPENER_REACH)))]
    if rx.match(doc.nslice(start, start + OPENER_REACH)):
        separate += [(a, b) for a, b in others if a < start]
    return [t for t in times if not any(a <= t.start and t.end <= b for a, b in separate)]
