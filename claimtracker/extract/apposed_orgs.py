"""English bodies named once, by a description set beside the name or by their officer's title.

News introduces a body the reader is not expected to know by describing it right after its name,
between commas ("Nordvik, the largest producer in the region, will", "Ferrolux, a unit of the
Tamsin group, said"), or names it in full before the title of the officer who speaks for it
("Green Unity Party chairman X said"), or gives a short name before its full one ("Linava, the
Lithuanian National Road Carriers' Association, said"). `described_orgs.py` calls these rules; the words are data
in `data/gazetteer/org_descriptors_en.json` (tails, blockers, media words, officers' titles and
heads) and `institutions.json` (`kind_nouns_en`, `kind_nouns_people_en`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from claimtracker.extract.phrases import Token

_DETERMINERS = frozenset({"the", "a", "an"})
_ARTICLES = frozenset({"the", "The"})
_JOINED = (" ", "-")
# "Akureyri-based": a place joined to one of these is a modifier of the description
_PLACED_PARTICIPLES = frozenset({"based", "headquartered", "registered", "listed"})
_MAX_MODIFIERS = 3  # lowercase words between the article and the kind noun ("the other state producer")
_MAX_NAME = 3  # words of the name before the comma
_MAX_OFFICER_NAME = 4  # words of a body's name before its officer's title ("Rastriya Swatantra Party")


class ApposedTables(NamedTuple):
    tails: frozenset[str] = frozenset()  # words after the kind noun that open its complement: of, in, based
    blockers: frozenset[str] = frozenset()  # words that make the noun no head: "a member of the union"
    media: frozenset[str] = frozenset()  # "news agency X": a medium is a source, no actor
    place_preps: frozenset[str] = frozenset()  # "In Kisumu, the union, which": a place, no body
    officer_titles: frozenset[str] = frozenset()  # chairman, leader, spokesman
    officer_heads: frozenset[str] = frozenset()  # Party, Union, Movement
    adverbs: frozenset[str] = frozenset()  # "Separately, the regulator, which": no name
    adverb_suffixes: frozenset[str] = frozenset()  # "ly": "Domestically, the union, which"


class Apposed(NamedTuple):
    start: int  # character offsets of the name
    end: int


def media_before(tokens: Sequence[Token], k: int, media: frozenset[str]) -> bool:
    """Whether one of the two words before the kind noun at k makes it a medium ("news agency")."""
    return any(tokens[i].text.lower() in media for i in range(max(0, k - 2), k))


def apposed_body(text: str, tokens: Sequence[Token], k: int, tables: ApposedTables, one_word: bool,
                 name_word: Callable[[int], bool], joiners: frozenset[str]) -> Apposed | None:
    """"Albemarle, the other producer in the Atacama,": a name before a comma and "the"/"a"/"an",
    at most three lowercase modifiers and the kind noun at k that heads the description: the noun
    ends it (a comma, a full stop) or opens its complement (`tails`: "of", "in", "based"), so "X,
    the company spokesman" is a person with a title. `one_word`: the noun also names a trade
    ("trader", "producer"), so the name must be one word or an acronym ("Mark Dunn, a trader at").
    A name after a preposition of place ("In Kisumu, the union, which") is a place."""
    n = len(tokens)

    def gap(a: int) -> str:
        return text[tokens[a].end:tokens[a + 1].start] if a + 1 < n else "."

    after = gap(k)
    if not (after.strip()[:1] in (",", ".", ";", ":")
            or (after == " " and tokens[k + 1].text in tables.tails)):
        return None
    d, words = k, 0
    # a hyphened modifier is one word ("the state-owned nickel miner"), a place's too ("the
    # Akureyri-based seafood group")
    while d > 0 and gap(d - 1) in _JOINED and (tokens[d - 1].text.islower() or (
            gap(d - 1) == "-" and tokens[d].text in _PLACED_PARTICIPLES)) \
            and tokens[d - 1].text not in _DETERMINERS and tokens[d - 1].text != "s":
        if gap(d - 1) == " ":
            if words == _MAX_MODIFIERS:
                break
            words += 1
        if tokens[d - 1].text in tables.blockers:
            return None  # "X, a member of the union": the noun is no head of the description
        d -= 1
    start = _description_start(text, tokens, d)  # "X, the group's shipping arm,", "X, Orvik's unit,"
    if start is None or start < 1 or media_before(tokens, k, tables.media):
        return None
    hi = start - 1
    lo = hi
    while lo > 0 and hi - lo < _MAX_NAME - 1 and gap(lo - 1) in _JOINED and name_word(lo - 1):
        lo -= 1
    if not name_word(hi) or any(not name_word(i) for i in range(lo, hi + 1)):
        return None
    if lo > 0 and gap(lo - 1) in _JOINED and (name_word(lo - 1) or tokens[lo - 1].text in joiners):
        return None  # a longer name: no body's short name
    if one_word and lo < hi and not all(tokens[i].text.isupper() for i in range(lo, hi + 1)):
        return None  # "Mark Dunn, a trader at": a person's two names
    if lo > 0 and gap(lo - 1) == " " and tokens[lo - 1].text in tables.place_preps:
        return None
    word = tokens[lo].text
    if lo == hi and (word in tables.adverbs
                     or any(word.endswith(x) and not word.isupper() for x in tables.adverb_suffixes)):
        return None  # "Separately, the regulator, which": a sentence adverb, no body
    return Apposed(tokens[lo].start, tokens[hi].end)


def _description_start(text: str, tokens: Sequence[Token], d: int) -> int | None:
    """The first token of a description whose modifiers start at d, right after a comma: "the"/"a"/
    "an", a possessive with its article ("the group's shipping arm") or a one-word name's possessive
    ("Orvik's rail unit"); None when no comma opens it."""
    def gap(a: int) -> str:
        return text[tokens[a].end:tokens[a + 1].start]

    def opens(i: int) -> bool:
        return i >= 1 and gap(i - 1) == ", "

    if d >= 1 and tokens[d - 1].text in _DETERMINERS and gap(d - 1) == " ":
        return d - 1 if opens(d - 1) else None
    if d < 3 or tokens[d - 1].text != "s" or gap(d - 2) not in ("'", "\u2019") or gap(d - 1) != " ":
        return None
    owner = d - 2
    if tokens[owner].text[:1].isupper():
        return owner if opens(owner) else None
    if tokens[owner - 1].text in _DETERMINERS and gap(owner - 1) == " " and opens(owner - 1):
        return owner - 1
    return None


def officer_body(text: str, tokens: Sequence[Token], k: int, tables: ApposedTables,
                 name_word: Callable[[int], bool], foreign: Callable[[int], bool]) -> Apposed | None:
    """"Green Unity Party chairman X said": a name ending in an officer's head (`officer_heads`, at
    k) before an officer's lowercase title and a capitalised name. The party or union is a side in
    what its officer says (session 8's rule for known parties). `foreign(i)` says a word is no
    name's word (a nationality, a month), so "Kenyan Party leader" is no body's name."""
    n = len(tokens)
    if tokens[k].text not in tables.officer_heads or k + 2 >= n:
        return None
    if text[tokens[k].end:tokens[k + 1].start] != " " or tokens[k + 1].text not in tables.officer_titles \
            or text[tokens[k + 1].end:tokens[k + 2].start] != " " or not tokens[k + 2].text[:1].isupper():
        return None
    lo = k
    while lo > 0 and k - lo < _MAX_OFFICER_NAME - 1 and text[tokens[lo - 1].end:tokens[lo].start] in _JOINED \
            and name_word(lo - 1) and tokens[lo - 1].text not in _ARTICLES:
        lo -= 1
    if lo == k or any(foreign(i) for i in range(lo, k)):
        return None
    if lo > 0 and text[tokens[lo - 1].end:tokens[lo].start] in _JOINED and tokens[lo - 1].text[:1].isupper() \
            and tokens[lo - 1].text not in _ARTICLES:
        return None  # a longer name than the words read
    return Apposed(tokens[lo].start, tokens[k].end)


_IN_FULL_NAME = (" ", "' ", "\u2019 ", "'s ", "\u2019s ")  # gaps inside "National Road Carriers' Association"


def short_name(text: str, tokens: Sequence[Token], k: int, name_word: Callable[[int], bool]) -> Apposed | None:
    """"Linava, the Lithuanian National Road Carriers' Association, said": a short name set before
    a comma and the body's full name after "the", which ends in the head at k and ends the
    apposition. The short name is the one the text goes on using, so it names the body."""
    n = len(tokens)
    if k + 1 >= n or text[tokens[k].end:tokens[k + 1].start][:1] != ",":
        return None
    lo = k
    while lo > 0 and k - lo < 6 and text[tokens[lo - 1].end:tokens[lo].start] in _IN_FULL_NAME \
            and tokens[lo - 1].text[:1].isupper() and tokens[lo - 1].text not in _ARTICLES:
        lo -= 1
    if lo == k or lo < 2 or tokens[lo - 1].text != "the" or text[tokens[lo - 1].end:tokens[lo].start] != " " \
            or text[tokens[lo - 2].end:tokens[lo - 1].start] != ", ":
        return None
    hi = lo - 2
    first = hi
    while first > 0 and hi - first < 2 and text[tokens[first - 1].end:tokens[first].start] in _JOINED \
            and name_word(first - 1):
        first -= 1
    if not all(name_word(i) for i in range(first, hi + 1)) or (
            first > 0 and text[tokens[first - 1].end:tokens[first].start] in _JOINED
            and tokens[first - 1].text[:1].isupper()):
        return None
    return Apposed(tokens[first].start, tokens[hi].end)
