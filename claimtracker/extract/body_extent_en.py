"""How far an English body's name reaches, and whether it acts: the extent `described_orgs.py`
gives a name ending in an organisation's head noun.

A name may be the of-complement of a longer one ("the Joint Command of the Armed Forces"), may take
an of-complement of its own ("Court of Justice of the Nation"), and counts as a body when a verb
follows it (after a short time phrase or an aside between commas) or when it owns something ("the
Court of Auditors' report").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from claimtracker.extract.phrases import Token

if TYPE_CHECKING:
    from claimtracker.extract.described_orgs import DescribedTables

POSSESSIVE = ("'", "\u2019")  # the gap before the "s" of "Kenya's"
_MAX_ASIDE = 12  # words between the commas of an aside after a subject


def outer_name_start(text: str, tokens: Sequence[Token], lo: int, tables: DescribedTables,
                      name_word: Callable[[int], bool]) -> int:
    """Where the name starts when the one from tokens[lo] is the of-complement of a longer one
    whose head comes before "of (the)": "the Joint Command of the Armed Forces said" is the
    command's, not the armed forces'. A title before "of" ("the President of the Senate") is no
    head, so the name stays."""
    def gap(a: int) -> str:
        return text[tokens[a].end:tokens[a + 1].start]

    j = lo - 2 if lo >= 2 and tokens[lo - 1].text == "the" else lo - 1
    if j < 1 or tokens[j].text != "of" or any(gap(a) != " " for a in range(j - 1, lo)) \
            or tokens[j - 1].text not in tables.heads:
        return lo
    start = j - 1
    while start > 0 and gap(start - 1) == " " and name_word(start - 1) and tokens[start - 1].text not in tables.determiners:
        start -= 1
    return start


def complement_end(text: str, tokens: Sequence[Token], hi: int, name_word: Callable[[int], bool]) -> int:
    """The last token of a head noun's complement of name words ("Party of Socialists", "Court
    of Justice of the Nation", "Front for Change"), or the head's own index."""
    n = len(tokens)

    def gap(a: int) -> str:
        return text[tokens[a].end:tokens[a + 1].start]

    while hi + 2 < n and tokens[hi + 1].text in ("of", "for") and gap(hi) == " " and gap(hi + 1) == " ":
        j = hi + 2
        if tokens[j].text == "the" and j + 1 < n and gap(j) == " ":
            j += 1
        if not name_word(j):
            break
        while j + 1 < n and gap(j) == " " and name_word(j + 1):
            j += 1
        hi = j
    return hi


def owned(text: str, tokens: Sequence[Token], hi: int) -> bool:
    """Whether the name ending at tokens[hi] is a possessive ("the Court of Auditors' report", "the
    Chamber of Mines' forecast"): what the body owns is its work, so it is named as a body, not a
    place ("the Treasury bills" has no possessive). Only a name with an of-complement: a plain one
    ("the National Assembly's committee") is often only the owner of the body that acts."""
    gap = text[tokens[hi].end:tokens[hi + 1].start] if hi + 1 < len(tokens) else text[tokens[hi].end:]
    if gap[:1] in POSSESSIVE and gap[1:2] == " " and tokens[hi].text.endswith("s"):
        return True  # a plural's possessive: "Auditors' report"
    return gap in POSSESSIVE and hi + 1 < len(tokens) and tokens[hi + 1].text == "s"


def acts(text: str, tokens: Sequence[Token], hi: int, verbs: frozenset[str],
          asides: frozenset[str] = frozenset()) -> bool:
    """Whether a verb of `verbs` follows token `hi`, right after it, after a time phrase of one or
    two words (`asides`: "The Constitutional Court last week confirmed") or after an aside between
    commas."""
    n = len(tokens)
    if hi + 1 >= n:
        return False
    g = text[tokens[hi].end:tokens[hi + 1].start]
    if g == " ":
        if tokens[hi + 1].text in verbs:
            return True
        for m in (1, 2):
            v = hi + 1 + m
            if v < n and all(text[tokens[a].end:tokens[a + 1].start] == " " for a in range(hi + 1, v)) \
                    and " ".join(t.text for t in tokens[hi + 1:v]) in asides:
                return tokens[v].text in verbs
        return False
    if g != ", ":
        return False
    for j in range(hi + 2, min(n, hi + 2 + _MAX_ASIDE)):
        g = text[tokens[j - 1].end:tokens[j].start]
        if g == ", " and tokens[j].text in verbs:
            return True  # the aside may hold a list of its own ("co-chaired by Japan, India and France,")
        if any(ch in g for ch in ".;:!?\n"):
            return False
    return False
