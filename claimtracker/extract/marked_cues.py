"""Arabic cues that only their marks tell apart from a common verb.

«يُنتظر توقيع الاتفاقية» (the agreement is expected to be signed) and «تنتظر دمشق الضمانات»
(Damascus awaits the guarantees) normalise onto the same letters. The passive is a forecast, the
active is not, and only the damma the writer puts on the first letter tells them apart. So these
cues (`marked` in `data/lexicons/cues_ar.json`) are read off the original text, where the marks
still stand; a bare «ينتظر» is read by the ordinary cue terms, which ask for «أن» after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_MARKS = "\u064b-\u0652"
_MARK_SET = frozenset(chr(c) for c in range(0x064B, 0x0653))


def _form_pattern(form: str) -> str:
    """A form's letters, each with any marks after it, and the marks the form writes required."""
    letters: list[tuple[str, str]] = []  # each letter with the marks the form writes on it
    for ch in form:
        if ch in _MARK_SET and letters:
            letters[-1] = (letters[-1][0], letters[-1][1] + ch)
        else:
            letters.append((ch, ""))
    any_marks = f"[{_MARKS}]*"
    return "".join(re.escape(ch) + any_marks + "".join(re.escape(m) + any_marks for m in marks)
                   for ch, marks in letters)


def compile_marked(table: dict[str, list[str]], group_names: Sequence[str]) -> tuple[tuple[str, re.Pattern], ...]:
    """Per cue group named in `table`, one pattern over the original text for its marked forms. A
    form may follow the conjunction و or ف, which stays out of the cue's span (group 1)."""
    out = []
    for name, forms in table.items():
        if name.startswith("_") or name not in group_names or not forms:
            continue
        core = "|".join(_form_pattern(f) for f in forms)
        out.append((name, re.compile(rf"(?<!\w)(?:[وف][{_MARKS}]*)?({core})(?!\w)")))
    return tuple(out)


def add_marked(text: str, cues: list, marked: tuple, make: Callable) -> list:
    """`cues` (hits in original offsets, in text order) with the marked cues of `text` that no cue
    found already covers; `marked` holds each `CueGroup` with its pattern (`CueLexicon.marked`).
    Most news writes no marks at all: such a text is not searched."""
    if _ANY_MARK.search(text) is None:
        return cues
    found = []
    for g, pattern in marked:
        for m in pattern.finditer(text):
            s, e = m.span(1)
            if not any(c.start <= s < c.end or s <= c.start < e for c in cues):
                found.append(make(g.name, g.kind, g.certainty, g.weight, s, e, g.needs_context))
    if not found:
        return cues
    return sorted(cues + found, key=lambda h: h.start)


_ANY_MARK = re.compile(f"[{_MARKS}]")
