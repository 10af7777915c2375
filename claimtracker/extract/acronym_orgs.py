"""English organisations the gazetteer does not know, found where the text defines their acronym.

News introduces a body once with its acronym in brackets ("the Gang Suppression Force (GSF)",
"the Like-Minded Developing Countries (LMDC)") and may use the acronym after that. A body
translated into English may keep its own language's acronym, whose letters come in another order
("the National Electoral Institute (INE)"), or of words the translation dropped ("the Bolivian
Workers' Centre (COB)": then the whole name after "the" is read). The capitalised
words right before the brackets whose initials spell the acronym are the name; a name needs a head
noun that makes it a body (Force, Party, Committee, Countries ...; `acronym_heads_en` in
`data/gazetteer/institutions.json`), so a defined term ("the Official Cash Rate (OCR)") is not one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from claimtracker.extract.countries import CountryHit

_DEFINED = re.compile(r" \(([A-Z][A-Za-z0-9]{1,7})\)")
_WORD = re.compile(r"[A-Z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*$")
# lowercase words inside a name, English and those of the languages whose names news keeps
# untranslated ("Forces Democratiques pour la Republique", "Movimiento al Socialismo")
_JOINERS = frozenset({"of", "for", "and", "on", "the", "in", "an", "a", "de", "du", "des", "la", "el", "le", "les",
                      "pour", "et", "al", "del", "los", "las", "y", "da", "do", "dos", "das", "e", "di", "per"})
_MAX_WORDS = 9


class AcronymOrg(NamedTuple):
    name: str  # the full name as the text writes it
    acronym: str
    start: int
    end: int  # the name's span; later mentions of the acronym are separate spans


def _initials(word: str) -> str:
    """A word's initials: one per hyphenated part ("Like-Minded" -> "LM")."""
    return "".join(part[:1].upper() for part in word.split("-") if part)


def _spells(initials: str, acronym: str) -> bool:
    """Whether `acronym` spells the name's `initials`, in order or, for a body translated from a
    language that puts the adjective after the noun, in another order of the same letters: "the
    National Electoral Institute (INE)", "the Supreme Electoral Council (CSE)". Three letters at least,
    so that two short words are not read as any two-letter pair."""
    return initials == acronym or (len(acronym) >= 3 and sorted(initials) == sorted(acronym))


def _syllables(words: list[str], acronym: str) -> bool:
    """Whether `acronym` is the words' beginnings run together, one or more letters of each word in
    order: the word-like acronyms of a style that capitalises only their first letter ("the
    Commission on Elections (Comelec)", "Economic Community of West African States (Ecowas)")."""
    reach = {0}  # how much of the acronym the words so far can spell
    for word in words:
        word = word.lower()
        reach = {i + n for i in reach for n in range(1, len(word) + 1)
                 if acronym[i:i + n] == word[:n]}
        if not reach:
            return False
    return len(acronym) in reach


def _name_before(text: str, end: int, acronym: str) -> tuple[int, list[str]] | None:
    """The words before `end` whose initials spell `acronym`, and where they start. An acronym
    with one capital ("Comelec") is read as the beginnings of two words at least."""
    word_like = sum(ch.isupper() for ch in acronym) < 2
    words: list[tuple[int, str]] = []
    pos = end
    while len(words) < _MAX_WORDS:
        k = text.rfind(" ", 0, pos)
        word = text[k + 1:pos]
        if not word or not (_WORD.match(word) or word in _JOINERS):
            break
        words.append((k + 1, word))
        pos = k
        if k < 0:
            break
        content = [w for _, w in reversed(words) if w not in _JOINERS]
        spelled = "".join(map(_initials, content))
        if words[-1][1] not in _JOINERS and (
                _syllables(content, acronym.lower()) if word_like and len(content) >= 2
                else not word_like and _spells(spelled.upper(), acronym.upper())):
            return words[-1][0], [w for _, w in reversed(words)]
        if len(spelled) > len(acronym):
            break
    return None


def _name_after_article(text: str, end: int) -> tuple[int, list[str]] | None:
    """The whole capitalised name between "the" and `end`, whatever its acronym spells: a body
    translated into English often keeps an acronym of words the translation dropped ("the Bolivian
    Workers' Centre (COB)", "the Development Bank of Latin America (CAF)"). The name opens on a
    capitalised word and ends on one; the acronym has three letters at least (the caller), as for a
    reordered one."""
    words: list[tuple[int, str]] = []
    pos = end
    while len(words) < _MAX_WORDS:
        k = max(text.rfind(" ", 0, pos), text.rfind("\n", 0, pos))  # a name may open a paragraph
        word = text[k + 1:pos]
        before = text[text.rfind(" ", 0, k) + 1:k] if k > 0 else ""
        # "of the Andes" goes on, unless a lowercase word comes before the "of" ("the leader of
        # the Alliance of ... (SNSD)": the name opens after this "the")
        if word in ("the", "The") and (before not in _JOINERS or not _capitalised_before(text, k)):
            ok = words and words[-1][1] not in _JOINERS and words[0][1] not in _JOINERS
            return (words[-1][0], [w for _, w in reversed(words)]) if ok else None
        if k < 0 or not word or not (_WORD.match(word) or word in _JOINERS):
            return None
        words.append((k + 1, word))
        pos = k
    return None


def _capitalised_before(text: str, k: int) -> bool:
    """Whether the word two words before position k (a space) is capitalised: "Bank of the Andes"."""
    j = text.rfind(" ", 0, k)
    if j <= 0:
        return False
    i = max(text.rfind(" ", 0, j), text.rfind("\n", 0, j))
    return text[i + 1:i + 2].isupper()


def find_acronym_orgs(text: str, heads: frozenset[str]) -> list[AcronymOrg]:
    """Every "Full Name (ACR)" whose name has a head noun from `heads`."""
    out: list[AcronymOrg] = []
    for m in _DEFINED.finditer(text):
        acronym = m.group(1)
        # "(Reuters)", "(Tuesday)": a word, not an acronym, unless the words before begin with it
        word_like = sum(ch.isupper() for ch in acronym) < 2
        found = _name_before(text, m.start(), acronym) \
            or (_name_after_article(text, m.start()) if len(acronym) >= 3 and not word_like else None)
        if found is None:
            continue
        start, words = found
        if not any(w in heads for w in words):
            continue
        out.append(AcronymOrg(" ".join(words), acronym, start, m.start()))
    return out


def later_mentions(text: str, org: AcronymOrg) -> list[tuple[int, int]]:
    """The spans of the acronym standing alone after its definition ("the GSF will")."""
    rx = re.compile(r"(?<![A-Za-z0-9])" + re.escape(org.acronym) + r"(?![A-Za-z0-9])")
    return [(m.start(), m.end()) for m in rx.finditer(text, org.end + len(org.acronym) + 3)]


def _complement(text: str, org: AcronymOrg, s: int, e: int) -> bool:
    """Whether the known actor at [s, e) is the of-complement that ends the defined name ("the
    General Secretariat of the Andean Community (CAN)"): the name is another body, an organ of it."""
    return e == org.end and org.start < s and text[max(org.start, s - 8):s].endswith(("of the ", "of "))


def acronym_spans(text: str, orgs: Sequence[AcronymOrg], country_hits: Sequence[CountryHit],
                  taken: list[tuple[int, int]]) -> list[tuple[str, str | None, int, int]]:
    """(name, country, start, end) of every defined body of `orgs` (`find_acronym_orgs`) and later
    acronym that no span in `taken` overlaps ("the Bangladesh Nationalist Party (BNP)" is a known
    body); the country is one named inside the name ("Guyana Defence Force")."""
    out: list[tuple[str, str | None, int, int]] = []
    taken = list(taken)
    for org in orgs:
        if any(s < org.end and org.start < e and not _complement(text, org, s, e) for s, e in taken):
            continue
        code = next((c.code for c in country_hits if org.start <= c.start and c.end <= org.end), None)
        for start, end in [(org.start, org.end), *later_mentions(text, org)]:
            if any(s < end and start < e and not (start == org.start and _complement(text, org, s, e))
                   for s, e in taken):
                continue
            out.append((org.name, code, start, end))
            taken.append((start, end))
    return out


# an abbreviation of three to seven capitals (a digit may follow the first): "FLNKS", "PLRA", "G7" is too short.
# The first capital is matched before the test of the character ahead of it (two characters back,
# which fails at the text start as the one-character test does): a pattern opening with a class is
# searched for in C, where one opening with a lookbehind is tried at every position.
_ABBREVIATION = re.compile(r"[A-Z](?<![\w'’.-].)[A-Z0-9]{2,6}(?![\w'’-])")


def defined_after(text: str, end: int) -> str | None:
    """The acronym a text defines in brackets right after a name ending at `end` ("Honduras'
    National Electoral Council (CNE)"), or None."""
    m = _DEFINED.match(text, end)
    return m.group(1) if m else None


def acting_acronyms(text: str, acting: frozenset[str], not_bodies: frozenset[str],
                    taken: Sequence[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """(acronym, start, end) of the bodies a text names only by an abbreviation it never defines,
    where one acts ("the FLNKS will not recognise the result", "PLRA said it would"): the subject
    of an acting verb right after it. Abbreviations that name no body ("GDP will grow", `not_bodies`),
    a name's word ("the FLNKS Congress"), a known actor or a place (`taken`) are none; an outlet
    that "said" is the caller's to drop."""
    out: list[tuple[str, int, int]] = []
    names: set[str] = set()
    for m in _ABBREVIATION.finditer(text):
        word, start, end = m.group(), m.start(), m.end()
        if word in not_bodies or word.rstrip("S") in not_bodies or any(s < end and start < e for s, e in taken):
            continue
        if word in names:
            out.append((word, start, end))
            continue
        after = text[end:end + 20]
        verb = after[1:].split(" ", 1)[0].rstrip(",.;:") if after[:1] == " " else ""
        if verb not in acting or _inside_name(text, start):
            continue
        names.add(word)
        out.append((word, start, end))
    return out


def _inside_name(text: str, start: int) -> bool:
    """Whether a capitalised word other than "The" stands right before `start`, one space away, in
    the same sentence: the abbreviation is then a word of a longer name ("Kanak FLNKS leaders")."""
    if text[start - 1:start] != " ":
        return False
    m = _PREVIOUS_WORD.search(text, max(0, start - 40), start - 1)
    prev = m.group() if m else ""
    return bool(prev) and prev[:1].isupper() and prev not in ("The", "the") and prev[-1:] not in ".:;\"”»"


_PREVIOUS_WORD = re.compile(r"\S+\Z")
