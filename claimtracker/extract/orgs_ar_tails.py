"""What may close an Arabic organisation name `orgs_ar.py` reads: the organisation that owns the body
(«لجنة ... لدول مجلس التعاون»: GCC ...), a ل-complement in construct with a country («الشركة العامة
لموانئ العراق»: for Ports of Iraq), and the nationality adjectives of the states a body joins. Kept apart so the name reader stays small; both only look at
tokens and return where the name goes on. Also the article forms of a body's Arabic acronym
(«الإيغاد»), which the gazetteer indexes beside the acronym."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from claimtracker.extract.phrases import Token
from claimtracker.text import normalize_text

_AL = "ال"
_NISBA_F = "يه"  # the feminine nisba ending as normalised text writes it (ية)
# the letters an acronym read out in Arabic opens on: a long vowel or its hamza (إيغاد، أوبك، يونيسف)
_ACRONYM_OPENERS = frozenset("اوي")


def past(tokens: Sequence[Token], j: int, end: int) -> int:
    """The first token index from `j` that starts at or after the offset `end`."""
    while j < len(tokens) and tokens[j].start < end:
        j += 1
    return j


def owner_at(text: str, tokens: Sequence[Token], words: Sequence[str], j: int,
             owners: Sequence[tuple[tuple[str, ...], str]]) -> tuple[str | None, int]:
    """The owning organisation's English short name named at token `j` («لدول مجلس التعاون»), and the
    token after it; (None, j) when none is. `owners` are word sequences, longest first."""
    for seq, en in owners:
        m = j + len(seq)
        if tuple(words[j:m]) == seq and all(text[tokens[x - 1].end:tokens[x].start] == " " for x in range(j + 1, m)):
            return en, m
    return None, j


def construct_place_at(text: str, tokens: Sequence[Token], words: Sequence[str], j: int,
                       complement: Callable[[str], Any], by_start: Mapping[int, Any]) -> tuple[str, str, int] | None:
    """«لموانئ العراق»، «لكهرباء الأردن»: a ل-complement without the article is in construct with the
    country named right after it. Returns the complement's English, the country code and the token
    after the country; `complement(word)` gives a table's complement (with `en`, `sport`) or None."""
    w = words[j]
    if w.startswith("لل") or j + 1 >= len(tokens) or text[tokens[j].end:tokens[j + 1].start] != " ":
        return None
    comp = complement(_AL + w[1:])
    h = by_start.get(tokens[j + 1].start)
    if comp is None or comp.sport or h is None or h.via != "name":
        return None
    return comp.en, h.code, past(tokens, j + 1, h.end)


def is_nation(hit: Any, word: str) -> bool:
    """A nationality adjective; a country's name shaped like one («السعودية») is one after a body's
    noun («اللجنة الكويتية السعودية»: the Kuwaiti-Saudi committee)."""
    return hit.via == "adjective" or (hit.via == "name" and word.startswith(_AL) and word.endswith(_NISBA_F))


def nations_at(text: str, tokens: Sequence[Token], words: Sequence[str], j: int, by_start: Mapping[int, Any]) -> int:
    """How many nationality adjectives follow one another from token `j`."""
    count = 0
    while j < len(tokens) and text[tokens[j - 1].end:tokens[j].start] == " ":
        h = by_start.get(tokens[j].start)
        if h is None or not is_nation(h, words[j]):
            break
        count += 1
        j = past(tokens, j, h.end)
    return count


def acronym_article_forms(name_en: str, aliases: list[str], names_ar: list[str]) -> list[str]:
    """The Arabic acronyms of a body, written with the article as news often writes them («الإيغاد»,
    «الأوبك»): one-word Arabic names of a body whose English name is an acronym (IGAD, OPEC) that
    open on a vowel letter, as an acronym read out does (an Arabic word such as «سامي» would take
    the article as an adjective, «المفوض السامي»)."""
    if not (name_en.isupper() or any(a.isascii() and a.isupper() and len(a) > 1 for a in aliases)):
        return []
    return [_AL + a for a in names_ar if " " not in a.strip() and not normalize_text(a).startswith(_AL)
            and normalize_text(a)[:1] in _ACRONYM_OPENERS]
