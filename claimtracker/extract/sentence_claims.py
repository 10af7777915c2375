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

_OPENER_REACH = 24  # characters at the start of a claim searched for its opening word


@lru_cache(maxsize=4)
def separate_opener(lang: str, data_dir: Path = DATA_DIR) -> re.Pattern | None:
    """The opening words of a separate claim, at the start of a claim's text (after punctuation)."""
    words = json.loads((data_dir / "lexicons" / "separate_claims.json").read_text(encoding="utf-8")).get(lang, [])
    if not words:
        return None
    return re.compile(rf"[\W_]*(?:{literal_alternation(normalize_text(w) for w in words)})(?!\w)", re.IGNORECASE)


def others_times(doc: Doc, start: int, times: Sequence[TimeSpan], others: Sequence[tuple[int, int]]) -> list[TimeSpan]:
    """The `times` less those inside a separate claim after the one starting at `start`."""
    opener = separate_opener(doc.lang) if others else None
    if opener is None:
        return list(times)
    separate = [(a, b) for a, b in others if a > start
                and opener.match(doc.nslice(a, min(b, a + _OPENER_REACH)))]
    return [t for t in times if not any(a <= t.start and t.end <= b for a, b in separate)]
