"""An Arabic state legislature named by its common noun: «البرلمان» and «البرلمان التركي»,
«الجمعية الوطنية» and «الجمعية الوطنية التشادية», «مجلس الأمة الأردني».

The chamber is the state's by its own name (`InstitutionFinder.legislature`): a nationality after
the noun names the state, wherever the words stand; the noun alone is the legislature of the
country the text is about, and counts only as a clause's subject («إن البرلمان لن يصادق»,
«تصوت الجمعية الوطنية»). The golds leave out a parliament a bill is sent to or a rally is held
before («على البرلمان», «أمام البرلمان»): on the 27 seen sets every position gave 7 more gold
actors for 22 more system ones, the subject alone 4 for 6. An adjective that is no state's
(«البرلمان الأوروبي») or a complement («الجمعية الوطنية لحقوق الإنسان») names another body.

A lone English "parliament" that is a clause's subject ("Parliament will vote on Thursday", "if
parliament fails to adopt") is the chamber (`find_en`): the golds list it in 23 of the 29 seen
articles where it stands so. "Told parliament" was tried and left out (an audience). A country's
possessive before the subject names its legislature ("Denmark's parliament will vote": the
Folketing): tried on 27 sets in an early session together with "told parliament" and left out (5
golds in 20), then measured alone over 2,413 articles in session 67, where about 35 of 45 such
texts' golds list the chamber (+32 right, +9 wrong), and kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from claimtracker.extract.country_lists import possessive_owner
from claimtracker.extract.institutions_ar import InstitutionHit
from claimtracker.extract.phrases import Token, surface_ar
from claimtracker.extract.verbs_ar import (
    PREDICATE_PARTICLES_AR,
    SUBJECT_OPENERS_AR,
    past_verb_ar,
    present_verb,
    present_verb_before,
)
from claimtracker.text import normalize_text


def _ar(word: str) -> str:
    return normalize_text(word).strip()


PARLIAMENT_AR = _ar("البرلمان")
_ASSEMBLY_AR = (_ar("الجمعية"), _ar("الوطنية"))
_NATION_AR = (_ar("مجلس"), _ar("الأمة"))
STARTERS_AR = frozenset({PARLIAMENT_AR, _ASSEMBLY_AR[0], _NATION_AR[0]})
# a feminine chamber's openers too («وكانت الجمعية»), and a few more before a subject
_OPENERS_AR = SUBJECT_OPENERS_AR | frozenset(_ar(w) for w in ("لأن", "كانت", "وكانت", "ويبدو", "إذ"))


class LegislatureNames(NamedTuple):
    legislature: Callable[[str, str], str]  # (code, English country name) -> the chamber's name
    country_name: Callable[[str], str | None]
    main: Callable[[], str | None]
    # «مجلس الأمة» is the whole legislature in some states and the upper house in others
    nation_council: dict[str, str]


def find_ar(tokens: list[Token], words: list[str], at: list[int], by_start: dict,
            spaced: Callable[[int, int], bool], names: LegislatureNames) -> list[InstitutionHit]:
    out: list[InstitutionHit] = []
    n = len(tokens)
    for k in at:
        forms = surface_ar(words[k])
        if PARLIAMENT_AR in forms:
            end_k, table = k, None
        elif k + 1 < n and spaced(k, k + 1) and _ASSEMBLY_AR[0] in forms and words[k + 1] == _ASSEMBLY_AR[1]:
            end_k, table = k + 1, None
        elif k + 1 < n and spaced(k, k + 1) and _NATION_AR[0] in forms and words[k + 1] == _NATION_AR[1]:
            end_k, table = k + 1, names.nation_council
        else:
            continue
        nxt = end_k + 1
        h = by_start.get(tokens[nxt].start) if nxt < n and spaced(end_k, nxt) else None
        if h is not None and h.via == "adjective":
            code, end_k = h.code, nxt  # «البرلمان التركي» names its state's chamber wherever it stands
        elif nxt < n and spaced(end_k, nxt) and _names_another_body(words[nxt]):
            continue  # «البرلمان الأوروبي», «الجمعية الوطنية لحقوق الإنسان»
        elif _subject_ar(tokens, words, k, end_k, spaced):
            code = names.main()
        else:
            continue
        name = names.country_name(code) if code else None
        if not (code and name) or (table is not None and code not in table):
            continue
        full = table[code].format(country=name) if table is not None else names.legislature(code, name)
        out.append(InstitutionHit(full, code, tokens[k].start, tokens[end_k].end))
    return out


class BareParliamentWords(NamedTuple):
    words: frozenset[str]  # "parliament", "Parliament"
    between: frozenset[str]  # "the", "new": may stand between an opener and the noun
    openers: frozenset[str]  # "when", "if", "unless": a clause opens before the noun
    verbs: frozenset[str]  # "will", "voted", "resumes": the noun is the clause's subject

    @classmethod
    def from_table(cls, table: dict) -> BareParliamentWords:
        return cls(*(frozenset(table.get(key, [])) for key in ("words", "between", "openers", "verbs")))


def find_en(text: str, tokens: list[Token], words: list[str], at: list[int], lists: BareParliamentWords,
            names: LegislatureNames, country_hits: Iterable = ()) -> list[InstitutionHit]:
    """A lone "parliament" that is a clause's subject, as the legislature of the text's country, or
    of the country named in the possessive before it ("Denmark's parliament will vote": the
    Folketing)."""
    out: list[InstitutionHit] = []
    n = len(tokens)
    for k in at:
        if words[k] not in lists.words or k + 1 >= n or words[k + 1] not in lists.verbs \
                or text[tokens[k].end:tokens[k + 1].start] != " ":
            continue
        owner = possessive_owner(text, tokens[k].start, country_hits, plural=True)
        if owner is not None:
            name = names.country_name(owner.code)
            if name:
                out.append(InstitutionHit(names.legislature(owner.code, name), owner.code, owner.start, tokens[k].end))
            continue
        j, skipped = k - 1, 0
        while j >= 0 and skipped < 2 and words[j] in lists.between and text[tokens[j].end:tokens[j + 1].start] == " ":
            j, skipped = j - 1, skipped + 1
        # a sentence's start, or an opener; a name or a possessive before it is another chamber's
        opens = j < 0 or any(c in text[tokens[j].end:tokens[j + 1].start] for c in ".!?\n") \
            or (words[j] in lists.openers and text[tokens[j].end:tokens[j + 1].start] == " ")
        code = names.main() if opens else None
        name = names.country_name(code) if code else None
        if code and name:
            out.append(InstitutionHit(names.legislature(code, name), code, tokens[k].start, tokens[k].end))
    return out


def _subject_ar(tokens: list[Token], words: list[str], k: int, end_k: int, spaced) -> bool:
    """The words k..end_k are a clause's subject: after an opener or a verb, or before a predicate."""
    if words[k][:1] in "لبف" or (words[k].startswith("و") and words[k][1:2] in "لب"):
        return False  # «للبرلمان», «بالجمعية»: after a preposition
    if k > 0 and spaced(k - 1, k):
        before = words[k - 1]
        if before in _OPENERS_AR or present_verb_before(before) or past_verb_ar(before):
            return True
    nxt = end_k + 1
    if nxt < len(tokens) and spaced(end_k, nxt):
        after = words[nxt]
        return after in PREDICATE_PARTICLES_AR or present_verb(after) or past_verb_ar(after)
    return False


def _names_another_body(word: str) -> bool:
    # an adjective with the article that is no state's nisba, or a complement with «لـ»
    return (word.startswith("ال") and word.endswith(("ي", "يه"))) or (word.startswith("ل") and len(word) > 3)
