"""The word table of Arabic organisation names (`orgs_ar.py`): head nouns and how English orders
them, adjectives with their rank, complements, owners, the roles whose workplace is no actor. The
words are data (`data/gazetteer/orgs_session9_ar.json`; the English bodies every state has come from
`institutions.json`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from claimtracker.config import DATA_DIR
from claimtracker.extract.phrases import clitic_forms, surface_ar
from claimtracker.text import normalize_text

AL = "ال"


class Head(NamedTuple):
    en: str
    sport_en: str | None = None
    of: bool = False  # a construct complement goes after the head: Chamber of Commerce
    construct: bool = False  # an indefinite head may take a complement with no ل
    needs_sport: bool = False  # «جامعة» is a university unless a sport follows
    quoted: bool = False  # «مجموعة «أسياد»»: a quoted proper name before the head
    quoted_only: bool = False  # companies and banks: only a quoted brand name makes them a name
    bare: bool = False  # parties, movements: the quoted name alone is the name (حزب «X» -> X)
    # unions, chambers, associations: in its officer's title the body is a side, as a party is
    side: bool = False
    # «الجامعة العامة»: a scope word makes a head that is mostly something else (a university) this
    # body (a federation of unions), its ل-complements read «of» (General Federation of Health)
    general_en: str | None = None
    # «الوكالة الإيرانية»: a head that a nationality alone does not make a name of (the news agency a
    # story cites); it needs its complement («وكالة الطاقة») or a quoted name
    needs_complement: bool = False
    # English names a complement after this head in its own words: a chamber's «التجارة» is
    # Commerce, not Trade (Chamber of Commerce and Industry), and its ل-complement reads "of"
    complements_en: Mapping[str, str] | None = None
    for_reads_of: bool = False
    # «اللجنة الأردنية المصرية»: a committee or team that two states name is their forum; the
    # annotators list the states, which the nisbas give already, not the forum
    joint: bool = False


class Complement(NamedTuple):
    en: str
    sport: bool = False


class OrgTable(NamedTuple):
    heads: Mapping[str, Head]
    adjectives: Mapping[str, tuple[str, int]]
    complements: Mapping[tuple[str, ...], Complement]
    complement_adjectives: Mapping[str, str]
    longest: int
    starts: frozenset[str]  # the heads as text words may hold them, clitics included
    commentators: frozenset[str]  # roles whose holder's workplace is no actor
    relational: frozenset[str]  # «المشتركة»: a joint body is named by its parties' nations
    # English names every state's body bears ("Water Authority"): named with the text's country
    # (institutions.json `generic_bodies_en`, shared with the English institutions)
    generic: frozenset[str] = frozenset()
    # «لدول مجلس التعاون»: the organisation that owns a body, as word sequences, longest first
    owners: tuple[tuple[tuple[str, ...], str], ...] = ()


@lru_cache(maxsize=8)
def load_table(data_dir: Path = DATA_DIR) -> OrgTable:
    # cached on the argument too: it is asked for per article, and resolving the path (file system
    # calls) cost more than the lookup it leads to
    return _load_cached(Path(data_dir).resolve())


@lru_cache(maxsize=4)
def _load_cached(data_dir: Path) -> OrgTable:
    path = data_dir / "gazetteer" / "orgs_session9_ar.json"
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    bodies = data_dir / "gazetteer" / "institutions.json"
    generic = json.loads(bodies.read_text(encoding="utf-8")).get("generic_bodies_en", []) if bodies.exists() else []
    return table_from(raw)._replace(generic=frozenset(generic))


def table_from(raw: Mapping[str, Any]) -> OrgTable:
    heads = {normalize_text(k).strip(): Head(**v) for k, v in raw.get("heads", {}).items()}
    adjectives = {normalize_text(k).strip(): (v[0], int(v[1])) for k, v in raw.get("adjectives", {}).items()}
    relational = frozenset(normalize_text(k).strip() for k, v in raw.get("adjectives", {}).items()
                           if len(v) > 2 and v[2] == "parties")
    complements = {tuple(normalize_text(k).split()): Complement(**v) for k, v in raw.get("complements", {}).items()}
    comp_adj = {normalize_text(k).strip(): v for k, v in raw.get("complement_adjectives", {}).items()}
    longest = max((len(k) for k in complements), default=1)
    starts = frozenset(f for h in heads for w in (h, AL + h) for f in clitic_forms(w))
    commentators = frozenset(normalize_text(k).strip() for k in raw.get("commentator_roles", []))
    owners = tuple(sorted(((tuple(normalize_text(k).split()), v) for k, v in raw.get("owners", {}).items()),
                          key=lambda kv: -len(kv[0])))
    return OrgTable(heads, adjectives, complements, comp_adj, longest, starts, commentators, relational,
                    owners=owners)


def party_ar(word: str, table: OrgTable | None = None) -> bool:
    """Whether a normalised Arabic word, its clitics off, is the noun of a body that is a side in
    what its officer says: a party, movement or company (the table's `bare` heads), a union, chamber
    or association (its `side` heads) («لحزب»، «حركة»، «نقابة»). In its officer's title such a body is
    an actor itself («الأمين العام لحزب ...، فلان», «رئيس غرفة تجارة ... فلان»), as English keeps
    "Labour Party leader X"'s party; a state's body there is only the post (the affiliation)."""
    heads = (table or load_table()).heads
    # with the article too: «عضو المكتب السياسي للحزب الديمقراطي الكردستاني، فلان»
    return any((h := heads.get(f[2:] if f.startswith(AL) else f)) is not None and (h.bare or h.side)
               for f in surface_ar(word))


def head_words(table: OrgTable) -> set[str]:
    """The head nouns as text words may start with them, with and without the article."""
    return {w for h in table.heads for w in (h, AL + h)}
