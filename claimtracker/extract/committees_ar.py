"""A legislature's committee named in Arabic by its remit: «لجنة المالية بمجلس النواب», «اللجنة
القانونية النيابية», «لجنة الزراعة والمياه والأهوار النيابية», «لجنة الشؤون المالية والاقتصادية
بمجلس الشورى».

A committee is read only where the text makes it a legislature's: a marker adjective after the remit
(«النيابية», «البرلمانية») or a chamber after a preposition («في مجلس النواب», «بالبرلمان»). Any other
«لجنة» + remit is some body of a ministry or a party, which `orgs_ar.py` reads by its own rules.

Its English name is the remit, "Committee", and the chamber without its state: "Agriculture, Water
and Marshes Committee of the Council of Representatives". News and annotators name the chamber three
ways (Iraqi Council of Representatives, Council of Representatives of Iraq, the Council of
Representatives); the bare chamber is the one the others contain, and the state is the actor's
country. The span is the committee's words only, so the chamber after them stays an actor of its own.
The words are data (`data/gazetteer/committees_ar.json`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from claimtracker.extract.institutions_ar import InstitutionHit
from claimtracker.extract.phrases import Token, surface_ar
from claimtracker.extract.state_bodies import placed_body_ar
from claimtracker.text import normalize_text


def _ar(word: str) -> str:
    return normalize_text(word).strip()


_COMMITTEE_AR = _ar("لجنة")
STARTERS_AR = frozenset({_COMMITTEE_AR, "ال" + _COMMITTEE_AR})
_AND = "و"


class CommitteeWords(NamedTuple):
    fields: dict[tuple[str, ...], str]  # a remit phrase's words -> English
    longest_field: int
    field_adjectives: dict[str, str]  # «اللجنة المالية» -> Finance
    affairs_noun: str
    affairs: dict[str, str]  # «الشؤون المالية» -> Financial
    markers: frozenset[str]
    prepositions: frozenset[str]
    chambers: dict[tuple[str, ...], str]  # a chamber's words -> English, or a state chamber's kind
    chamber_en: dict[tuple[str, ...], str]  # the English of a state's chamber when its state is unknown


@lru_cache(maxsize=4)
def load_words(data_dir: Path) -> CommitteeWords:
    path = data_dir / "gazetteer" / "committees_ar.json"
    table = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    def key(phrase: str) -> tuple[str, ...]:
        return tuple(_ar(phrase).split())

    fields = {key(k): v for k, v in table.get("fields", {}).items()}
    chambers: dict[tuple[str, ...], str] = {}
    chamber_en: dict[tuple[str, ...], str] = {}
    for phrase, value in table.get("chambers", {}).items():
        if isinstance(value, dict):
            chambers[key(phrase)] = value["kind"]
            chamber_en[key(phrase)] = value["en"]
        else:
            chambers[key(phrase)] = value
    return CommitteeWords(
        fields, max((len(k) for k in fields), default=1),
        {_ar(k): v for k, v in table.get("field_adjectives", {}).items()},
        _ar(table.get("affairs_noun", "الشؤون")),
        {_ar(k): v for k, v in table.get("affairs", {}).items()},
        frozenset(_ar(w) for w in table.get("markers", [])),
        frozenset(_ar(w) for w in table.get("prepositions", [])),
        chambers, chamber_en,
    )


def _joined(parts: list[str]) -> str:
    parts = list(dict.fromkeys(parts))  # «التربية والتعليم»: Education once
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


def find_committees(text: str, tokens: list[Token], words: list[str], at: list[int], by_start: dict,
                    spaced: Callable[[int, int], bool], templates: Mapping[str, Mapping[str, str]],
                    main: Callable[[], str | None], data_dir: Path) -> list[InstitutionHit]:
    """`templates`: per kind of a state's chamber ("legislature", "nation_council"), each state's
    chamber name as `institutions.json` gives it ("{adjective} Council of Representatives")."""
    table = load_words(data_dir)

    def chamber_name(code: str | None, kind: str, english: str) -> str:
        return _bare_chamber(templates.get(kind, {}).get(code or ""), english)

    out: list[InstitutionHit] = []
    n = len(tokens)
    for k in at:
        forms = surface_ar(words[k])
        if _COMMITTEE_AR in forms:
            remit, j = _remit_nouns(words, k + 1, n, spaced, table)
        elif "ال" + _COMMITTEE_AR in forms:
            remit, j = _adjectives(words, k + 1, n, spaced, table.field_adjectives)  # «اللجنة المالية»
        else:
            continue
        if not remit:
            continue
        if placed_body_ar(text, tokens[k].start, False):
            continue  # «مصدر في لجنة النفط والغاز النيابية»: where the source works
        end = j - 1
        marked = j < n and spaced(j - 1, j) and words[j] in table.markers
        if marked:
            end, j = j, j + 1
        chamber = _chamber(tokens, words, j, n, by_start, spaced, table)
        if chamber is None and not marked:
            continue
        if chamber is not None and not chamber.of_state:
            continue  # «في البرلمان الأوروبي»: a body that is no state's
        code = chamber.code if chamber is not None and chamber.code else main()
        name = f"{_joined(remit)} Committee"
        if chamber is not None:
            name += f" of the {chamber_name(code, chamber.kind, chamber.english)}"
        elif code is not None:
            # «اللجنة المالية النيابية»: the committee of the state's own chamber
            name += f" of the {chamber_name(code, 'legislature', 'Parliament')}"
        out.append(InstitutionHit(name, code, tokens[k].start, tokens[end].end))
    return out


def _bare_chamber(template: str | None, english: str) -> str:
    """A state's chamber named without the state: "Council of Representatives" for Iraq's
    "{adjective} Council of Representatives"; `english`, the text's own noun, for a state with no
    chamber of its own name or with a name that is all state («مجلس النواب» -> House of Representatives)."""
    if template is None:
        return english
    bare = template.replace(" of {country}", "").replace("{adjective} ", "").replace("{country} ", "").strip()
    return bare if bare and "{" not in bare else english


def _remit_nouns(words, j, n, spaced, table: CommitteeWords) -> tuple[list[str], int]:
    """«لجنة الزراعة والمياه والأهوار»: remit nouns joined by و, each a phrase of `fields` (longest
    first) or «الشؤون» with its adjectives."""
    parts: list[str] = []
    while j < n and spaced(j - 1, j):
        word = words[j]
        if parts:
            if not word.startswith(_AND) or len(word) < 4:
                break
            word = word[1:]
        if word == table.affairs_noun:
            adjs, j2 = _adjectives(words, j + 1, n, spaced, table.affairs)
            if not adjs:
                break
            parts.append(f"{_joined(adjs)} Affairs")
            j = j2
            continue
        for size in range(min(table.longest_field, n - j), 0, -1):
            phrase = (word, *words[j + 1:j + size])
            if phrase in table.fields and all(spaced(x - 1, x) for x in range(j + 1, j + size)):
                parts.append(table.fields[phrase])
                j += size
                break
        else:
            break
    return parts, j


def _adjectives(words, j, n, spaced, adjectives: dict[str, str]) -> tuple[list[str], int]:
    """Nisbas joined by و («الاقتصادية والمالية»), each read by `adjectives`."""
    out: list[str] = []
    while j < n and spaced(j - 1, j):
        word = words[j]
        if out and word.startswith(_AND):
            word = word[1:]
        elif out:
            break
        if word not in adjectives:
            break
        out.append(adjectives[word])
        j += 1
    return out, j


class _Chamber(NamedTuple):
    of_state: bool  # False for a chamber whose adjective names no state («البرلمان الأوروبي»)
    code: str | None  # the state of the nationality after it
    kind: str  # the table's value: the English, or the kind of a state's chamber
    english: str  # the English where the state is unknown


def _chamber(tokens, words, j, n, by_start, spaced, table: CommitteeWords) -> _Chamber | None:
    """The chamber after a preposition at word j («في مجلس النواب», «بمجلس الشورى», «التابعة
    للبرلمان»), or None where no chamber stands."""
    if j >= n or not spaced(j - 1, j):
        return None
    if words[j] in table.prepositions:
        j += 1
        if j >= n or not spaced(j - 1, j):
            return None
    first = surface_ar(words[j])
    for phrase, kind in table.chambers.items():
        size = len(phrase)
        if phrase[0] not in first or tuple(words[j + 1:j + size]) != phrase[1:] \
                or not all(spaced(x - 1, x) for x in range(j + 1, j + size)):
            continue
        after = j + size
        english = table.chamber_en.get(phrase, kind)
        h = by_start.get(tokens[after].start) if after < n and spaced(after - 1, after) else None
        if h is not None and h.via == "adjective":
            return _Chamber(True, h.code, kind, english)
        if after < n and spaced(after - 1, after) and words[after].startswith("ال") \
                and words[after].endswith(("ي", "يه")) and h is None and words[after] not in table.markers:
            return _Chamber(False, None, kind, english)  # «البرلمان الأوروبي»
        return _Chamber(True, None, kind, english)
    return None
