"""A title and the name set off after it are one speaker, named («وقال وزير الخارجية اللبناني، يوسف
رجي», «وأعلن رئيس مجلس مفوضي الهيئة العليا للانتخابات ناصر الكبيسي», «مساعدة وزير الخارجية للشؤون
الأفريقية، السفيرة هالة الرفاعي»): the person hit is stretched back over the title, which goes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimtracker.extract.attribution import Hit

_APPOSED_TITLES = frozenset({"official_statement", "named_role"})
COMMA_GAPS = frozenset({"،", ","})
CLAUSE_END = re.compile(r"[,،.;:؛!?\n]")  # punctuation that ends a clause
# an English body ("the new cabinet, Marek Novak") is no title of the name after it: there the
# titles are roles ("the foreign minister, X"); an Arabic office («وزير الخارجية، فلان») reads as a body
_LATIN = re.compile("[A-Za-z]")
# "the office of the prime minister, X": the office speaks, the name says whose it is
_OFFICE = re.compile(r"(?<!\w)(?:[وفبل]{0,2}(?:ال)?مكتب|ديوان|office)(?!\w)", re.IGNORECASE)
_TITLE_TAIL_WORDS = 3
_HONORIFIC_WORDS = 2  # «السفيرة», «الدكتورة», «اللواء الركن»


def apposed(text: str, sources: Sequence[Hit]) -> list[Hit]:
    """The sources with each title that introduces a person merged into that person's hit."""
    titles = [h for h in sources if h.kind in _APPOSED_TITLES]
    if not titles or not any(h.kind == "person" for h in sources):
        return list(sources)
    out, merged = [], set()
    for h in sources:
        if h.kind == "person":
            t = next((t for t in titles if t.end <= h.start and _title_then_comma(text[t.end:h.start])
                      and (t.kind == "named_role" or not _LATIN.search(text, t.start, t.end))
                      and not _OFFICE.search(text, t.start, t.end)), None)
            if t is not None:
                merged.add(id(t))
                h = replace(h, start=t.start)
        out.append(h)
    return [h for h in out if id(h) not in merged]


def _title_then_comma(gap: str) -> bool:
    """What may stand between a title and the name it introduces: nothing, or the rest of the
    title, a comma and an honorific (« اللبناني، », «للشؤون الأفريقية، السفيرة »): a few words and
    no other punctuation."""
    gap = gap.strip()
    if not gap:
        return True
    head, comma, honorific = max((gap.rpartition(c) for c in COMMA_GAPS), key=lambda p: len(p[1]))
    if not comma:
        # «وزير النقل والاتصالات وتقنية المعلومات المهندس فلان»: an honorific or two with the
        # article, written straight after the title
        words = gap.split()
        return len(words) <= _HONORIFIC_WORDS and all(w.startswith("ال") and len(w) > 3 for w in words)
    return (len(head.split()) <= _TITLE_TAIL_WORDS and len(honorific.split()) <= _HONORIFIC_WORDS
            and not CLAUSE_END.search(head) and not CLAUSE_END.search(honorific))
