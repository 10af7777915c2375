"""A state's army, armed forces, navy or air force named in English by its country and a common
noun, as the subject of a clause: "Guatemala's army will deploy", "the Lithuanian armed forces
said", "India's navy will hold".

The body is the gazetteer's row for that state where it has one (Sudan's army is the Sudanese
Armed Forces), else "<Nationality> Army / Armed Forces / Navy / Air Force"; "military" names the
armed forces. Only a subject counts: before a noun ("army chief", "military government") or as an
object the words name no actor, as the golds have it. The bare "the army" is left out: the golds
list it about half the time (`docs/extraction.md`, session 18).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from claimtracker.extract.institutions_ar import InstitutionHit, known_armed_forces, known_armies
from claimtracker.extract.navies_ar import known_navies
from claimtracker.extract.phrases import Token

# the noun (lowercased) -> the body's English head, and the word that must stand before it
_KINDS = {"army": "Army", "military": "Armed Forces", "navy": "Navy", "forces": "Armed Forces", "force": "Air Force"}
_BEFORE = {"forces": "armed", "force": "air"}
# lowercase only: a capitalised name ("the Ghana Armed Forces") is the gazetteer's or `institutions.py`'s
STARTERS_EN = frozenset(_KINDS)
_APOSTROPHES = ("'", "\u2019")


def find_militaries_en(text: str, tokens: list[Token], words: list[str], at: list[int], by_end: dict,
                       spaced: Callable[[int, int], bool], adjective: Callable[[str], str | None],
                       subject_verbs: frozenset[str], data_dir: Path) -> list[InstitutionHit]:
    """`at`: token positions to try (a superset of those whose word is in `STARTERS_EN`); `by_end`:
    country hits by their end offset; `spaced(a, b)`: one space between tokens a and b;
    `subject_verbs`: the words after a subject that make it one."""
    out: list[InstitutionHit] = []
    n = len(tokens)
    for k in at:
        word = words[k]
        head = _KINDS.get(word)
        if head is None or k + 1 >= n or not spaced(k, k + 1) or words[k + 1] not in subject_verbs:
            continue
        first = k
        need = _BEFORE.get(word)
        if need is not None:
            if k == 0 or words[k - 1] != need or not spaced(k - 1, k):
                continue
            first = k - 1
        c = first - 1
        if c < 0 or not spaced(c, first):
            continue
        if words[c] == "s" and c > 0 and text[tokens[c - 1].end:tokens[c].start] in _APOSTROPHES:
            c -= 1  # "Guatemala's army": the possessive's country
        country = by_end.get(tokens[c].end)
        if country is None or country.via not in ("name", "adjective"):
            continue
        code = country.code
        if head == "Navy":
            known = known_navies(data_dir).get(code)
        elif head == "Army":
            known = known_armies(data_dir).get(code)
        elif head == "Armed Forces":
            known = known_armed_forces(data_dir).get(code) or known_armies(data_dir).get(code)
        else:
            known = None
        if known is not None:
            out.append(InstitutionHit(known[1], code, tokens[first].start, tokens[k].end, known[0]))
        elif (nationality := adjective(code)) is not None:
            out.append(InstitutionHit(f"{nationality} {head}", code, tokens[first].start, tokens[k].end))
    return out
