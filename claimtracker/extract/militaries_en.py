"""A state's army, armed forces, navy or air force named in English by a common noun, as the
subject of a clause:
- with its country: "Guatemala's army will deploy", "the Lithuanian armed forces said", "India's
  navy will hold", "Vietnam's coast guard will hold";
- bare, for the state the text is about: "The army will send 1,500 more soldiers", "the armed
  forces said on Friday";
- by its troops: "Hungarian troops will take part in a NATO exercise", "Timorese and Australian
  troops will hold" (each state's armed forces);
- a state's police by its nationality, as a subject: "Ivorian and Ghanaian police will begin joint
  patrols" (each state's police row, branch `police`, else "<Nationality> Police"). A bare "the
  police" names no state's force, nor does police that only speak ("the Kenyan police said": as
  troops, the verb after it must be a modal or a verb of acting).

A state's cabinet is read the same way, as the subject of a clause: "Sri Lanka's cabinet is
expected to approve", "The Czech cabinet will on Wednesday approve", "The cabinet approved the
draft" (the text's state), "Prime Minister Milojko Spajic's cabinet is expected" (a head of
government's: the text's state), "Cabinet is expected to decide" at a sentence start. Its verbs
add decisions to the forces' (`cabinet_verbs`: "approved", "decided"). Where it is an object or
before a noun ("resign from the cabinet", "a cabinet reshuffle", "Cabinet Secretary X") it names
no actor.

The body is the state's row in the gazetteer (`state_forces.py`: Sudan's army is the Sudanese Armed
Forces, Spain's cabinet the Council of Ministers of Spain), else "<Nationality> Army / Armed Forces
/ Navy / Air Force" or "Cabinet of <Country>"; "military" names the armed forces. Only a subject
counts: before a noun ("army chief", "military government"), as an object or after a preposition
("an attack on the army") the words name no actor, as the golds have it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from claimtracker.extract.institutions_ar import InstitutionHit
from claimtracker.extract.phrases import Token
from claimtracker.extract.state_forces import force_name

# the noun (lowercased) -> the branch it names (`state_forces.py`), and the word that must stand before it
_KINDS = {"army": "army", "military": "forces", "navy": "navy", "forces": "forces", "force": "air_force",
          "guard": "coast_guard", "cabinet": "cabinet", "Cabinet": "cabinet"}
_BEFORE = {"forces": "armed", "force": "air", "guard": "coast"}
# plural nouns after two or more nationalities: "Swedish and Finnish navies will begin joint patrols"
_PLURALS = {"navies": "navy", "armies": "army", "guards": "coast_guard"}
_APOSTROPHES = ("'", "\u2019")


class MilitaryWords(NamedTuple):
    """Word lists of `institutions.json`: `subject_verbs` after a named or bare force, `troop_nouns`
    ("troops", "soldiers") and the `troop_verbs` that make them a subject, the words before "the"
    (`not_after`: prepositions) that make a bare force no subject, the verbs of a cabinet's decisions
    (`cabinet_verbs`, with `subject_verbs`), the words that may stand between "the" and "cabinet"
    (`cabinet_descriptors`: "federal") and the titles of a head of government whose cabinet is his
    state's (`cabinet_heads`: "Prime Minister X's cabinet"), and the nouns of a force's members or
    units after its word (`member_nouns`: "Polish army engineers will begin")."""
    subject_verbs: frozenset[str]
    troop_nouns: frozenset[str]
    troop_verbs: frozenset[str]
    not_after: frozenset[str]
    cabinet_verbs: frozenset[str]
    cabinet_descriptors: frozenset[str]
    cabinet_heads: frozenset[str]
    member_nouns: frozenset[str] = frozenset()

    def starters(self) -> frozenset[str]:
        # lowercase but for "Cabinet" opening a sentence and "Police": a capitalised name ("the
        # Ghana Armed Forces") is the gazetteer's
        return frozenset(_KINDS) | frozenset(_PLURALS) | self.troop_nouns | {"police", "Police"}


def find_militaries_en(text: str, tokens: list[Token], words: list[str], at: list[int], by_end: dict,
                       spaced: Callable[[int, int], bool], adjective: Callable[[str], str | None],
                       main: Callable[[], str | None], lists: MilitaryWords, data_dir: Path,
                       country_name: Callable[[str], str | None]) -> list[InstitutionHit]:
    """`at`: token positions to try (a superset of those whose word is in `lists.starters()`);
    `by_end`: country hits by their end offset; `spaced(a, b)`: one space between tokens a and b;
    `main()`: the country the text is about; `country_name(code)`: its English name."""
    out: list[InstitutionHit] = []
    n = len(tokens)

    def named(code: str, branch: str, start: int, end: int) -> InstitutionHit | None:
        found = force_name(data_dir, code, branch, adjective, country_name)
        return InstitutionHit(found[0], code, start, end, found[1]) if found else None

    for k in at:
        word = words[k]
        if k + 1 >= n:
            continue
        # "The army, which …, will": only a word not followed by a single space can open such a clause
        relative = not spaced(k, k + 1) and _verb_after_relative(text, tokens, words, k, lists.subject_verbs)
        if not relative and not spaced(k, k + 1):
            continue
        if word == "Police":
            # "the Sierra Leone Police said": a state's police force by its name
            country = by_end.get(tokens[k - 1].end) if k > 0 and spaced(k - 1, k) else None
            if country is not None and country.via in ("name", "adjective") and words[k + 1] in lists.subject_verbs \
                    and (hit := named(country.code, "police", country.start, tokens[k].end)) is not None:
                # a state with no police row: the name as written, not "<Nationality> Police"
                out.append(hit if hit.known else hit._replace(name=text[country.start:tokens[k].end]))
                continue
        police = word in ("police", "Police") and _police_acts(tokens, words, k, lists.troop_verbs, spaced)
        troops = _troop_states(tokens, words, k, by_end, spaced) \
            if police or (word in lists.troop_nouns and words[k + 1] in lists.troop_verbs) else []
        for state, start, end in troops:
            # "Ivorian and Ghanaian police will begin joint patrols": each state's police
            if (hit := named(state, "police" if police else "forces", start, end)) is not None:
                out.append(hit)
        if not troops and police and _bare_subject(text, tokens, words, k, spaced) and (home := main()) is not None \
                and (hit := named(home, "police", tokens[k - 1].start if k > 0 and words[k - 1].lower() == "the"
                                  and spaced(k - 1, k) else tokens[k].start, tokens[k].end)) is not None:
            # "Police will deploy to Kamativi", "Police said they would close the road": the police
            # of the state the text is about, acting; "…, police said" only reports
            out.append(hit)
        if troops or word in ("police", "Police"):
            continue
        if word in _PLURALS:
            out.extend(_plural_forces(tokens, words, k, by_end, spaced, lists, named))
            continue
        branch = _KINDS.get(word)
        # "Polish army engineers will begin": the force acts through its members
        members = branch not in (None, "cabinet") and k + 2 < n and words[k + 1] in lists.member_nouns \
            and spaced(k + 1, k + 2) and words[k + 2] in lists.subject_verbs
        if branch is None or (words[k + 1] not in lists.subject_verbs and not relative and not members
                              and not (branch == "cabinet" and words[k + 1] in lists.cabinet_verbs)):
            continue
        if branch == "cabinet":
            if (hit := _cabinet(text, tokens, words, k, by_end, spaced, main, lists, named)) is not None:
                out.append(hit)
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
        if _possessive(text, tokens, words, c):
            c -= 1  # "Guatemala's army": the possessive's country
        country = by_end.get(tokens[c].end)
        if country is not None and country.via in ("name", "adjective"):
            code: str | None = country.code
        elif words[c].lower() == "the" and branch not in ("air_force", "coast_guard") \
                and (c == 0 or not spaced(c - 1, c) or words[c - 1].lower() not in lists.not_after):
            code = main()  # "The army will send", "the armed forces said": the text's state
        else:
            continue
        if code is not None and (hit := named(code, branch, tokens[first].start, tokens[k].end)) is not None:
            out.append(hit)
    return out


def _cabinet(text: str, tokens: list[Token], words: list[str], k: int, by_end: dict,
             spaced: Callable[[int, int], bool], main: Callable[[], str | None], lists: MilitaryWords,
             named: Callable[[str, str, int, int], InstitutionHit | None]) -> InstitutionHit | None:
    """The cabinet at token k, the subject of its clause, named for its state: the country before
    it ("Sri Lanka's cabinet", "the Czech cabinet"), else the text's state after "the" (not after a
    preposition), after a head of government's name ("Prime Minister X's cabinet") or at a sentence
    start ("Cabinet approved")."""
    c = k - 1
    if c >= 0 and words[c] in lists.cabinet_descriptors and spaced(c, k):
        c -= 1  # "The federal cabinet is expected"
    if c < 0 or any(p in text[tokens[c].end:tokens[k].start] for p in ".!?\n"):
        code = main() if words[k] == "Cabinet" and c == k - 1 else None
        return named(code, "cabinet", tokens[k].start, tokens[k].end) if code else None
    if not spaced(c, c + 1):
        return None
    possessive = _possessive(text, tokens, words, c)
    if possessive:
        c -= 1
    country = by_end.get(tokens[c].end)
    if country is not None and country.via in ("name", "adjective"):
        return named(country.code, "cabinet", country.start, tokens[k].end)
    if possessive:
        # "Prime Minister Milojko Spajic's cabinet": up to three name words after the title
        j = c
        while j > 0 and c - j < 3 and words[j][:1].isupper() and words[j] not in lists.cabinet_heads:
            j -= 1
        code = main() if words[j] in lists.cabinet_heads else None
        # the hit is the cabinet word alone: the name before it is the person's
        return named(code, "cabinet", tokens[k].start, tokens[k].end) if code else None
    if words[c].lower() != "the" or (c > 0 and spaced(c - 1, c) and words[c - 1].lower() in lists.not_after):
        return None
    code = main()
    return named(code, "cabinet", tokens[c].start, tokens[k].end) if code else None


def _possessive(text: str, tokens: list[Token], words: list[str], c: int) -> bool:
    """Whether token c is the "s" of a possessive ("Guatemala's", "Sri Lanka’s")."""
    return words[c] == "s" and c > 0 and text[tokens[c - 1].end:tokens[c].start] in _APOSTROPHES


def _plural_forces(tokens: list[Token], words: list[str], k: int, by_end: dict, spaced: Callable[[int, int], bool],
                   lists: MilitaryWords, named: Callable) -> list[InstitutionHit]:
    """"Swedish and Finnish navies will begin", "Philippine and Vietnamese coast guards would hold":
    each state's force, when the plural noun k is a subject after two or more nationalities."""
    if k + 1 >= len(tokens) or words[k + 1] not in lists.subject_verbs and words[k + 1] not in lists.troop_verbs:
        return []
    head = k
    if words[k] == "guards":
        if k == 0 or words[k - 1] != "coast" or not spaced(k - 1, k):
            return []
        head = k - 1  # the nationalities stand before "coast"
    states = _troop_states(tokens, words, head, by_end, spaced)
    if len(states) < 2:
        return []  # one nationality before a plural is not a state's own force ("Swedish armies" of history)
    found = (named(code, _PLURALS[words[k]], start, end) for code, start, end in states)
    return [hit for hit in found if hit is not None]


def _troop_states(tokens: list[Token], words: list[str], k: int, by_end: dict,
                  spaced: Callable[[int, int], bool]) -> list[tuple[str, int, int]]:
    """The states of the nationalities right before troop noun k, with the span each force takes:
    "Hungarian troops", "Timorese and Australian troops" (the first state spans its adjective)."""
    codes: list[tuple[str, int, int]] = []
    c = k - 1
    while c >= 0 and spaced(c, c + 1):
        h = by_end.get(tokens[c].end)
        if h is None or h.via != "adjective":
            break
        codes.append((h.code, h.start, tokens[k].end if not codes else h.end))
        c = next((i for i in range(c, -1, -1) if tokens[i].start <= h.start), c) - 1
        if c >= 1 and words[c] == "and" and spaced(c, c + 1) and spaced(c - 1, c):
            c -= 1
            continue
        break
    return codes


def _police_acts(tokens: list[Token], words: list[str], k: int, verbs: frozenset[str],
                 spaced: Callable[[int, int], bool]) -> bool:
    """Whether the police at token k are a clause's subject that acts: a modal or verb of acting
    after them ("police will begin patrols"), "said they would/will" ("Police said they would close
    the road"), or a force joined to them before such a verb ("Police and the Malawi Defence Force
    will escort")."""
    n = len(tokens)
    nxt = words[k + 1]
    if nxt in verbs:
        return True
    if nxt in ("said", "say", "says") and k + 3 < n and words[k + 2] == "they" and words[k + 3] in ("would", "will"):
        return True
    if nxt == "and" and spaced(k, k + 1):
        # "and" + a capitalised name of up to five words, then the verb
        j = k + 2
        if j < n and words[j] == "the":
            j += 1
        first = j
        while j < n and j - first < 5 and words[j][:1].isupper() and spaced(j - 1, j):
            j += 1
        return j > first and j < n and words[j] in verbs and spaced(j - 1, j)
    return False


def _bare_subject(text: str, tokens: list[Token], words: list[str], k: int,
                  spaced: Callable[[int, int], bool]) -> bool:
    """Whether the police word at k opens its clause, alone or after "the": at a sentence or line
    start ("Police will …", "The police will …") or after "the" ("…, and the police will"); not
    after another noun ("riot police", "military police")."""
    c = k - 1
    if c >= 0 and words[c].lower() == "the" and spaced(c, k):
        c -= 1
        if c < 0:
            return True
        gap = text[tokens[c].end:tokens[c + 1].start]
        return (gap.strip() in ("", ",") and words[c] in ("and", "but", "while", "said", "says")) \
            or any(p in gap for p in ".!?\n")
    if words[k] != "Police":
        return False
    return c < 0 or any(p in text[tokens[c].end:tokens[k].start] for p in ".!?\n")


_RELATIVE_REACH = 120  # characters of a relative clause between a subject and its verb


def _verb_after_relative(text: str, tokens: list[Token], words: list[str], k: int, verbs: frozenset[str]) -> bool:
    """Whether a relative clause set off by commas stands between tokens[k] and a subject verb:
    "The army, which already runs hundreds of kitchens, will take over"."""
    if not text.startswith((", which ", ", who "), tokens[k].end):
        return False
    close = text.find(", ", tokens[k].end + 2, tokens[k].end + _RELATIVE_REACH)
    if close < 0 or any(c in text[tokens[k].end:close] for c in ".;:\n"):
        return False
    j = next((j for j in range(k + 1, len(tokens)) if tokens[j].start >= close + 2), None)
    return j is not None and tokens[j].start == close + 2 and words[j] in verbs
