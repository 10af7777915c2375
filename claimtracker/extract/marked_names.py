"""Arabic names that only their marks tell apart.

Normalisation folds «عمّان» (Amman, the Jordanian capital) and «عُمان» (Oman) onto one word, so the
country finder reads each only where the text writes its shadda or damma (`marked_ar` in
`data/gazetteer/countries.json`). A bare word is a reading's only at a line's opening before a dash
(a dateline: «عمان - »): a dateline names a city, and news writes Oman's with «مسقط».
"""

from __future__ import annotations

from claimtracker.extract.state_subjects import dateline
from claimtracker.text import normalize_text

# an Arabic word's marks: shadda, the short vowels and tanwin, sukun
_MARKS_AR = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")


def marked_names(rows: list[dict]) -> dict[str, list[tuple[frozenset[str], str, str, bool]]]:
    """The `marked_ar` rows by their normalised word: each reading's marks, code, via, and whether
    the bare word is that reading as a dateline."""
    out: dict[str, list[tuple[frozenset[str], str, str, bool]]] = {}
    for row in rows:
        out.setdefault(normalize_text(row["form"]).strip(), []).append(
            (frozenset(c for c in row["form"] if c in _MARKS_AR), row["code"], row["via"], bool(row.get("dateline"))))
    return out


def read_marked(readings: list[tuple[frozenset[str], str, str, bool]], text: str, start: int,
                end: int) -> tuple[str | None, str]:
    """The reading whose marks the text writes on the word («عمّان» Amman, «عُمان» Oman); a bare
    word is its dateline reading at a line's opening («عمان - »), otherwise none."""
    marks = frozenset(c for c in text[start:end] if c in _MARKS_AR)
    for need, code, via, _ in readings:
        if need and need <= marks:
            return code, via
    if not marks and dateline(text, start, end):
        for _, code, via, at_dateline in readings:
            if at_dateline:
                return code, via
    return None, "marked"
