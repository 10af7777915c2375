"""Arabic party and movement names the gazetteer lacks, rendered in English from their words.

Arabic news names a small party in full and without quotes («حزب العمال التونسي», «حركة الجيل
الجديد», «جبهة القوى الاشتراكية»): an indefinite head noun in construct with a definite noun, then
more nouns (joined by و) and adjectives, and maybe the party's nationality. English puts the
adjectives first, then the nouns, then the head: Workers' Party, New Generation Movement, Socialist
Forces Front, Republican People's Party. Only words of the table make a name, so a head with a word
the table does not know («حركة التجارة», trade; «جبهة القتال», the battle front) names nothing, and
proper names English keeps in transliteration (Ennahda, Wafd) are left to the gazetteer's rows.
The words are data (`data/gazetteer/parties_ar.json`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from claimtracker.config import DATA_DIR
from claimtracker.extract.phrases import Token, clitic_forms, surface_ar
from claimtracker.text import normalize_text

_AND = "و"
_AL = "ال"
_MAX_WORDS = 6  # words after the head: longer runs are clauses, not names


class PartyTable(NamedTuple):
    heads: Mapping[str, str]
    nouns: Mapping[tuple[str, ...], str]
    adjectives: Mapping[str, str]
    longest: int  # words in the longest noun
    starts: frozenset[str]  # the heads as text words may hold them, clitics included


class PartyName(NamedTuple):
    name: str
    country: str | None
    start: int  # token index of the head
    end: int  # token index of the name's last word


def _norm(word: str) -> str:
    return normalize_text(word).strip()


@lru_cache(maxsize=4)
def load_parties(data_dir: Path = DATA_DIR) -> PartyTable:
    path = Path(data_dir) / "gazetteer" / "parties_ar.json"
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return table_from(raw)


def table_from(raw: Mapping[str, Any]) -> PartyTable:
    heads = {_norm(k): v for k, v in raw.get("heads", {}).items()}
    nouns = {tuple(_norm(k).split()): v for k, v in raw.get("nouns", {}).items()}
    adjectives: dict[str, str] = {}
    for word, en in raw.get("adjectives", {}).items():
        # the feminine agrees with a feminine head or noun («حركة ... الديمقراطية», «جبهة ... الوطنية»)
        adjectives[_norm(word)] = en
        adjectives.setdefault(_norm(word + "ة"), en)
    starts = frozenset(f for h in heads for f in clitic_forms(h))
    return PartyTable(heads, nouns, adjectives, max((len(k) for k in nouns), default=1), starts)


def _noun_at(words: Sequence[str], j: int, table: PartyTable, spaced: Callable[[int, int], bool]) -> tuple[str, int] | None:
    """The table's noun starting at word j (longest first), and the word after it."""
    for size in range(min(table.longest, len(words) - j), 0, -1):
        key = tuple(words[j:j + size])
        if key in table.nouns and all(spaced(x - 1, x) for x in range(j + 1, j + size)):
            return table.nouns[key], j + size
    return None


def _shifted(spaced: Callable[[int, int], bool], at: int) -> Callable[[int, int], bool]:
    """`spaced` for a word list that starts at token `at`."""
    return lambda a, b: spaced(at + a, at + b)


def _quoted_definite(text: str, tokens: Sequence[Token], words: Sequence[str], k: int, table: PartyTable,
                     spaced: Callable[[int, int], bool]) -> tuple[str, int] | None:
    """«الحركة المدنية الديمقراطية» in quotation marks: a definite head and the table's adjectives,
    and nothing else, between the marks is a party's name (Civic Democratic Movement); without the
    marks the words may only describe one (الحركة الاحتجاجية). Returns the name and its last token."""
    word = words[k]
    if not word.startswith(_AL) or word[len(_AL):] not in table.heads or text[tokens[k].start - 1:tokens[k].start] != "«":
        return None
    adjectives: list[str] = []
    j = k + 1
    while j < len(tokens) and spaced(j - 1, j) and words[j] in table.adjectives:
        adjectives.append(table.adjectives[words[j]])
        j += 1
    if not adjectives or text[tokens[j - 1].end:tokens[j - 1].end + 1] != "»":
        return None
    return " ".join([*dict.fromkeys(adjectives), table.heads[word[len(_AL):]]]), j - 1


def find_parties(text: str, tokens: Sequence[Token], words: Sequence[str], starts: Sequence[int],
                 by_start: Mapping[int, Any], table: PartyTable, main: Callable[[], str | None]) -> list[PartyName]:
    """Party names opening at the token positions `starts`; `by_start` maps a token's start offset
    to the country hit there (`via` "adjective" for a nationality adjective)."""
    n = len(tokens)

    def spaced(a: int, b: int) -> bool:
        return text[tokens[a].end:tokens[b].start] == " "

    out: list[PartyName] = []
    last = -1
    for k in starts:
        if k <= last or k + 1 >= n or not spaced(k, k + 1):
            continue
        head = next((table.heads[f] for f in surface_ar(words[k]) if f in table.heads), None)
        if head is None:
            quoted = _quoted_definite(text, tokens, words, k, table, spaced)
            if quoted is not None:
                out.append(PartyName(quoted[0], main(), k, quoted[1]))
                last = quoted[1]
            continue
        # the construct's first word is a definite noun: «حزب الوطني» is no name
        first = _noun_at(words, k + 1, table, spaced)
        if first is None:
            continue
        groups: list[list[str]] = [[first[0]]]
        adjectives: list[str] = []
        code: str | None = None
        j = end = first[1]
        while j < n and j - k <= _MAX_WORDS and spaced(j - 1, j):
            hit = by_start.get(tokens[j].start)
            if hit is not None and hit.via == "adjective":
                code = hit.code  # «حزب العمال التونسي»: the party's state closes the name
                end = j + 1
                break
            word = words[j]
            if word in table.adjectives:
                adjectives.append(table.adjectives[word])
                j = end = j + 1
                continue
            if word.startswith(_AND) and len(word) > 3:
                joined = _noun_at([word[1:], *words[j + 1:j + table.longest]], 0, table, _shifted(spaced, j))
                if joined is not None:
                    groups.append([joined[0]])  # «العدالة والتنمية»: Justice and Development
                    j = end = j + joined[1]
                    continue
            noun = _noun_at(words, j, table, spaced)
            if noun is None:
                break
            groups[-1].append(noun[0])
            j = end = noun[1]
        name = " ".join([*dict.fromkeys(adjectives), " and ".join(" ".join(g) for g in groups), head])
        out.append(PartyName(name, code or main(), k, end - 1))
        last = end - 1
    return out
