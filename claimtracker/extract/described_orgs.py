"""English organisations the gazetteer does not know, found by how the sentence introduces them.

News names a body it cannot expect the reader to know with a word saying what kind of body it is
("the state gas trader Energocom", "the energy regulator ANRE", "the French company Idemia"), set
beside the name ("the country's largest farm union, the FNSEA, said"), or with a full name whose
last word is an organisation's head noun, acting as the subject of a verb ("the National Treasury
said", "The opposition Party of Socialists may call", "The Official Creditor Committee, co-chaired
by ..., will meet"); a plural kind noun introduces two names joined by "and" ("the fishing
companies Norebo and Murman Seafood"). The words are data in `data/gazetteer/institutions.json`:
`kind_nouns_en` (company, regulator, union ...) and `kind_plurals_en`, the head nouns
(`acronym_heads_en` plus `body_heads_en`) and the verbs that make the body a subject
(`acting_verbs_en`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import NamedTuple

from claimtracker.extract.apposed_orgs import (
    ApposedTables,
    apposed_body,
    media_before,
    officer_body,
    short_name,
)
from claimtracker.extract.body_extent_en import POSSESSIVE as _POSSESSIVE
from claimtracker.extract.body_extent_en import acts, complement_end, outer_name_start, owned
from claimtracker.extract.company_names import ARTICLES as _ARTICLES
from claimtracker.extract.company_names import JOINED as _JOINED
from claimtracker.extract.company_names import company_span
from claimtracker.extract.phrases import Token, positions

# a state agency's heads: a full name of three words or more ending in one, after "from/by/with the",
# is the body that orders, approves or joins ("citing instructions from the Posts and
# Telecommunications Regulatory Authority"), as it is when it acts as a subject
_AGENCY_HEADS = frozenset({"Authority", "Agency", "Commission", "Directorate", "Bureau", "Service", "Office"})
_DETERMINERS_APPOSED = frozenset({"the", "a", "an"})
_INDEFINITE = frozenset({"a", "an"})
# words that may follow a party's kind noun closing an apposition ("Wiper, the party of X,")
_PARTY_TAILS = frozenset({"of", "that", "which", "whose", "led", "founded", "formed", "headed", "backed"})
# a name kept in its own language joins its words with these ("the Forces Vives de Guinée")
_PARTICLES = frozenset({"de", "du", "des", "la", "le", "les", "del", "da", "do", "dos", "das", "di"})
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # MPs, MEPs, CEOs
_PLURAL_POSSESSIVE = ("' ", "\u2019 ")
_MAX_NAME = 4  # words of a name after a kind noun
_MAX_DESCRIPTORS = 2  # lowercase words between "the" and a name ("the opposition Party of ...")


class DescribedTables(NamedTuple):
    kind_nouns: frozenset[str]  # lowercase nouns of a kind of body: company, regulator, union
    heads: frozenset[str]  # capitalised head nouns of a body's name: Committee, Party, Treasury
    verbs: frozenset[str]  # words after a subject that make it act: will, said, may
    joiners: frozenset[str]  # words inside a name: of, for, and, the
    # words of institutions' names that a person's name never holds (National, Supreme, Federal):
    # they belong to a body's name even where the name finders' stopwords leave them out
    name_words: frozenset[str] = frozenset()
    # kind nouns that also name a person's trade ("oil trader X"): only a one-word name follows as a body
    people_nouns: frozenset[str] = frozenset()
    # words of a data source's name (Statistics, Census): an office cited for its figures is no actor
    source_words: frozenset[str] = frozenset()
    # kind nouns of a political party or alliance ("his Wiper party", "the opposition X coalition"):
    # a capitalised name before one is a party's name wherever it stands, with no verb needed
    party_nouns: frozenset[str] = frozenset()
    # words that stand for "the" before a name: possessive pronouns ("his Wiper party")
    determiners: frozenset[str] = frozenset()
    # words after a party's kind noun that leave it ending its phrase ("the X party to power")
    party_followers: frozenset[str] = frozenset()
    # words after "the" that say a party's name follows ("the opposition Kuomintang")
    party_descriptors: frozenset[str] = frozenset()
    # words of a body's description set beside its name, and of an officer's title before a
    # person ("X, the other producer in the region,", "X Party chairman Y"): `apposed_orgs.py`
    apposed: ApposedTables = ApposedTables()
    # heads that make a capitalised name a firm wherever it stands, with no article or verb
    # ("concession held by Panama Ports Company", "Botswana's state-owned X Diamond Company")
    company_heads: frozenset[str] = frozenset()
    # time phrases that may stand between a body and its verb ("the Court last week ruled")
    asides: frozenset[str] = frozenset()
    # kind nouns of a firm, whose capitalised words before them are its home, not its name
    # ("The Hong Kong conglomerate agreed", "the Texas miner will")
    firm_nouns: frozenset[str] = frozenset()
    # company heads that also end a ministry's portfolio ("Ministry of Natural Resources"): the
    # name words before one may not follow of, for, and or &
    portfolio_company_heads: frozenset[str] = frozenset()
    # words that make "<Place> <word> Council" a local council ("Pembrokeshire County Council",
    # "Southland District Council"): such a name takes no article, and acts as a subject without one
    local_council_kinds: frozenset[str] = frozenset()
    # plural kind nouns before two names joined by "and" ("the fishing companies Norebo and Murman
    # Seafood"): both are bodies
    kind_plurals: frozenset[str] = frozenset()


def _pair_after_plural(text: str, tokens: Sequence[Token], k: int, run_from: Callable[[int], int],
                       name_word: Callable[[int], bool]) -> list[DescribedOrg]:
    """"the Russian fishing companies Norebo and Murman Seafood": two names joined by "and" right
    after a plural kind noun, each a run of name words, the second ending the run."""
    n = len(tokens)
    a = k + 1
    if a >= n or text[tokens[k].end:tokens[a].start] != " ":
        return []
    b = run_from(a)
    if b == a or b + 1 >= n or tokens[b].text != "and" or text[tokens[b - 1].end:tokens[b + 1].start] != " and ":
        return []
    c = run_from(b + 1)
    if c == b + 1 or (c < n and text[tokens[c - 1].end:tokens[c].start] == " " and name_word(c)):
        return []
    return [DescribedOrg(text[tokens[x].start:tokens[y - 1].end], tokens[x].start, tokens[y - 1].end)
            for x, y in ((a, b), (b + 1, c))]


# a body's abbreviation ("SKDS", "ANRE"): named by it, without the kind noun after it
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}")


class DescribedOrg(NamedTuple):
    name: str
    start: int
    end: int
    # the name with its kind noun ("X Party"), tried first against the gazetteer: a party known
    # under its full name keeps it, an unknown one is named as the text names it ("Wiper")
    full: str = ""


def find_described_orgs(text: str, tokens: Sequence[Token], tables: DescribedTables,
                        no_name: Callable[[str], bool], place_ends: frozenset[int] = frozenset()) -> list[DescribedOrg]:
    """Every body named after a kind noun, beside one, or by a head-noun name acting as a subject.

    `no_name(word)` says a capitalised word is no name word (a month, a pronoun, a title);
    `place_ends` are where country names and adjectives end ("the French company X": French
    describes the company, it does not end the company's name).
    """
    out: list[DescribedOrg] = []
    n = len(tokens)

    def gap(a: int) -> str:
        return text[tokens[a].end:tokens[a + 1].start]

    def name_word(k: int) -> bool:
        w = tokens[k].text
        return w[:1].isupper() and (w in tables.name_words or not no_name(w))

    def run_from(k: int) -> int:
        """Past-last index of the name run starting at k (words joined by a space or a hyphen)."""
        j = k
        while j < n and j - k < _MAX_NAME and (name_word(j) or (j > k and tokens[j].text.isdigit())):
            if j + 1 < n and gap(j) in _JOINED and (name_word(j + 1) or tokens[j + 1].text.isdigit()):
                j += 1
                continue
            return j + 1
        return j if j - k < _MAX_NAME else k

    # only a token in one of these sets starts a name below: they are found in one pass in C
    # rather than by testing each token of the text in turn
    starters = tables.kind_nouns | tables.company_heads | tables.portfolio_company_heads | tables.heads \
        | tables.party_descriptors | tables.kind_plurals
    for k in positions(map(itemgetter(0), tokens[:n - 1]), starters):
        word = tokens[k].text
        if word in tables.kind_plurals:
            out += _pair_after_plural(text, tokens, k, run_from, name_word)
        elif word in tables.kind_nouns:
            if word in tables.party_nouns:
                apposed = _apposed_party(text, tokens, k, tables, name_word)
                if apposed is not None:
                    out.append(apposed)
                    continue
            else:
                # "Nordvik, the other producer in the region, will": the name the description follows
                found_at = apposed_body(text, tokens, k, tables.apposed, word in tables.people_nouns,
                                        name_word, tables.joiners)
                if found_at is not None:
                    out.append(DescribedOrg(text[found_at.start:found_at.end], found_at.start, found_at.end))
                    continue
            if k > 0 and gap(k - 1) == " " and not tokens[k - 1].text.islower() and tokens[k - 1].text not in _ARTICLES \
                    and tokens[k - 1].end not in place_ends and word not in tables.firm_nouns:
                # "The Sinaloa cartel will", "the uMkhonto weSizwe party could": the noun ends the name
                found = _name_then_kind(text, tokens, k, tables, no_name)
                if found is not None:
                    out.append(found)
                continue
            g = gap(k)
            if g == " " and media_before(tokens, k, tables.apposed.media):
                continue  # "the state news agency X": a medium is a source, not an actor
            if g == " ":
                # "the energy regulator ANRE is due", "the French company Idemia, which"
                end = run_from(k + 1)
                if word in tables.people_nouns and end - (k + 1) > 1 and not tokens[k + 1].text.isupper():
                    continue  # "the oil trader Mark Dunn": a person
                if end == k + 2 and _PLURAL_ACRONYM.fullmatch(tokens[k + 1].text):
                    continue  # "ruling party MPs said": an acronym's plural names people, not a body
                if end > k + 1 and not (end < n and tokens[end].text[:1].isupper() and gap(end - 1) == " "):
                    out.append(DescribedOrg(text[tokens[k + 1].start:tokens[end - 1].end],
                                            tokens[k + 1].start, tokens[end - 1].end))
            elif g == ", " and k + 2 < n and tokens[k + 1].text in _ARTICLES and gap(k + 1) == " ":
                # "the largest farm union, the FNSEA, said": the name set beside the noun, which
                # may hold joiners between its capitalised words ("the Coalition for Change,")
                end = run_from(k + 2)
                while end + 1 < n and (tokens[end].text in tables.joiners or tokens[end].text in _PARTICLES) \
                        and tokens[end].text != "the" \
                        and gap(end - 1) == " " and gap(end) == " " and name_word(end + 1):
                    end = run_from(end + 1)
                if end > k + 2 and end < n and gap(end - 1) == ", ":  # the name closed by a comma
                    out.append(DescribedOrg(text[tokens[k + 2].start:tokens[end - 1].end],
                                            tokens[k + 2].start, tokens[end - 1].end))
        elif (word in tables.company_heads or word in tables.portfolio_company_heads) and word not in tables.heads:
            # "Talvern Holdings will", "Brightwater Ltd said": a firm's legal suffix ends its name
            span = company_span(text, tokens, k, name_word, word in tables.portfolio_company_heads)
            if span is not None:
                out.append(DescribedOrg(text[tokens[span[0]].start:tokens[span[1]].end], tokens[span[0]].start,
                                        tokens[span[1]].end))
        elif word in tables.heads:
            found = _subject_body(text, tokens, k, tables, _body_word(tokens), no_name)
            officer = None if found is not None else officer_body(
                text, tokens, k, tables.apposed, name_word,
                lambda i: no_name(tokens[i].text) and tokens[i].text not in tables.name_words)
            if officer is not None:
                found = DescribedOrg(text[officer.start:officer.end], officer.start, officer.end)
            if found is None and word in tables.company_heads:
                span = company_span(text, tokens, k, name_word)
                if span is not None:
                    found = DescribedOrg(text[tokens[span[0]].start:tokens[span[1]].end], tokens[span[0]].start,
                                         tokens[span[1]].end)
            if found is None:
                short = short_name(text, tokens, k, name_word)
                found = None if short is None else DescribedOrg(text[short.start:short.end], short.start, short.end)
            if found is not None:
                out.append(found)
        elif word in tables.party_descriptors and k > 0 and tokens[k - 1].text in _ARTICLES and gap(k) == " ":
            # "the opposition Kuomintang", "the ruling Law and Justice": a name after the word that
            # says a party is meant (a kind noun or head after it leaves the name to the rules above)
            end = run_from(k + 1)
            while end + 1 < n and (tokens[end].text == "and" or tokens[end].text in _PARTICLES) \
                    and gap(end - 1) == " " and gap(end) == " " and name_word(end + 1):
                # "the ruling Alliance du Changement": a name kept in its own language
                end = run_from(end + 1)
            if end > k + 1 and tokens[end - 1].text in tables.heads:
                # "backed by the ruling Progressive Union for Renewal and the Republican Bloc": a
                # party's full name needs no verb after the word that says a party is meant, and
                # a name with a head joined to it by "and the" is a party too
                out += _described_parties(text, tokens, k + 1, end - 1, tables)
                continue
            if end > k + 1 and tokens[end - 1].text not in tables.heads and not (
                    end < n and gap(end - 1) == " " and (tokens[end].text in tables.kind_nouns
                                                          or tokens[end].text[:1].isupper())):
                out.append(DescribedOrg(text[tokens[k + 1].start:tokens[end - 1].end],
                                        tokens[k + 1].start, tokens[end - 1].end))
    if tables.source_words:
        out = [o for o in out if tables.source_words.isdisjoint(o.name.split())]
    return out


def _apposed_party(text: str, tokens: Sequence[Token], k: int, tables: DescribedTables,
                   name_word: Callable[[int], bool]) -> DescribedOrg | None:
    """"Wiper, the party of ...", "Tonse, a coalition formed in 2020,": a name before a comma and a
    description whose noun (at k) is a party's kind noun, after "the"/"a"/"an" and at most two
    lowercase words; the noun must end the phrase or open its complement ("of", "led", "which"),
    so "Smith, the party leader," is a person with a title."""
    n = len(tokens)
    after = text[tokens[k].end:tokens[k + 1].start] if k + 1 < n else "."
    if not (after.strip() in (",", ".", ";", ":") or (after == " " and tokens[k + 1].text in _PARTY_TAILS)):
        return None  # "Smith, the party leader", "Smith, the party's chief"
    d = k
    while d > 0 and k - d < _MAX_DESCRIPTORS and tokens[d - 1].text.islower() \
            and tokens[d - 1].text not in _DETERMINERS_APPOSED and text[tokens[d - 1].end:tokens[d].start] == " ":
        d -= 1
    if d < 2 or tokens[d - 1].text not in _DETERMINERS_APPOSED or text[tokens[d - 1].end:tokens[d].start] != " " \
            or text[tokens[d - 2].end:tokens[d - 1].start] != ", ":
        return None
    hi = d - 2
    lo = hi
    while lo > 0 and hi - lo < 2 and text[tokens[lo - 1].end:tokens[lo].start] in _JOINED and name_word(lo - 1):
        lo -= 1
    if not name_word(hi) or (lo > 0 and text[tokens[lo - 1].end:tokens[lo].start] in _JOINED
                             and (name_word(lo - 1) or tokens[lo - 1].text in tables.joiners)):
        return None  # a longer name ("... Front of Lower Kenya,") is no party's short name
    return DescribedOrg(text[tokens[lo].start:tokens[hi].end], tokens[lo].start, tokens[hi].end)


def _body_word(tokens: Sequence[Token]) -> Callable[[int], bool]:
    """A word of a body's name before its head noun: any capitalised word but an article ("the
    Official Creditor Committee": words that are no person's name belong to a body's)."""
    return lambda k: tokens[k].text[:1].isupper() and tokens[k].text not in _ARTICLES


def _name_then_kind(text: str, tokens: Sequence[Token], k: int, tables: DescribedTables,
                    no_name: Callable[[str], bool]) -> DescribedOrg | None:
    """"the <Name> <kind noun>" acting as a subject: up to three words with a capital letter after
    "the" (or a possessive, and at most two lowercase words: "the opposition X coalition"), the kind
    noun at k, then a verb. The name is the words and the noun capitalised ("the uMkhonto weSizwe
    company could" -> uMkhonto weSizwe Company); the span is the words alone, so a nationality
    adjective ("the Chinese company will") is seen to be a place. A party's kind noun needs no verb
    ("brought Lund's Siumut party to power"), and the party is named without it unless its last
    word is an institution word ("the Social Democratic party" -> Social Democratic Party)."""
    lo = k
    while lo > 0 and k - lo < 3 and text[tokens[lo - 1].end:tokens[lo].start] in _JOINED \
            and not tokens[lo - 1].text.islower() and tokens[lo - 1].text not in _ARTICLES \
            and tokens[lo - 1].text not in tables.determiners:
        lo -= 1
    if lo == k or not _introduced(text, tokens, lo, tables):
        return None
    if any(no_name(t.text) and t.text not in tables.name_words for t in tokens[lo:k]):
        return None  # "the Sunni militia", "the Kurdish party": a people's adjective, not a name
    # the noun ends its phrase: "the X party to power", "the X party, which"; not "the West
    # African alliance ECOWAS" (the name the noun introduces) nor "the Christmas party season"
    party = tokens[k].text in tables.party_nouns and (
        k + 1 >= len(tokens) or text[tokens[k].end:tokens[k + 1].start] != " "
        or tokens[k + 1].text in tables.party_followers or tokens[k + 1].text in tables.verbs)
    if not party and not acts(text, tokens, k, tables.verbs, tables.asides):
        return None
    start, end = tokens[lo].start, tokens[k - 1].end
    full = f"{text[start:end]} {tokens[k].text.capitalize()}"
    if party and (tokens[k - 1].text in tables.heads or tokens[k - 1].text not in tables.name_words):
        # "the Jotna Alliance coalition": a name that ends in a head noun is whole already
        return DescribedOrg(text[start:end], start, end, full)
    if _ACRONYM.fullmatch(tokens[lo].text):
        # "the SKDS agency", "the ANRE regulator", "the IG Metall union": a body known by its
        # abbreviation is named by it
        return DescribedOrg(text[start:end], start, end, full)
    return DescribedOrg(full, start, end)


def _owned_by(text: str, start: int) -> bool:
    """Whether a possessive ("the bloc's", "the States'") stands right before `start`."""
    return text[max(0, start - 3):start].rstrip(" ").endswith(("'s", "’s", "s'", "s’"))


def _introduced(text: str, tokens: Sequence[Token], lo: int, tables: DescribedTables) -> bool:
    """Whether a determiner introduces the name at tokens[lo], maybe across up to two lowercase
    descriptors ("the opposition", "his"): "the", a possessive pronoun, or a name's possessive
    ("Kenya's", "the Assembly's")."""
    d = lo
    while True:
        if d > 0 and text[tokens[d - 1].end:tokens[d].start] == " ":
            prev = tokens[d - 1].text
            if prev in _ARTICLES or prev in tables.determiners:
                return True
            if prev == "s" and d > 1 and text[tokens[d - 2].end:tokens[d - 1].start] in _POSSESSIVE \
                    and tokens[d - 2].text[:1].isupper():
                return True
        if d == 0 or lo - d >= _MAX_DESCRIPTORS or text[tokens[d - 1].end:tokens[d].start] != " " \
                or not tokens[d - 1].text.islower() or tokens[d - 1].text in tables.joiners \
                or tokens[d - 1].text in tables.verbs or tokens[d - 1].text == "s":
            return False
        d -= 1


def _subject_body(text: str, tokens: Sequence[Token], k: int, tables: DescribedTables,
                  name_word: Callable[[int], bool], no_name: Callable[[str], bool]) -> DescribedOrg | None:
    """The name ending in the head noun at k, after "the" (and at most two lowercase words), with
    an of-complement of capitalised words, when a verb follows it or follows an aside between
    commas after it ("The Official Creditor Committee, co-chaired by ..., will meet")."""

    def gap(a: int) -> str:
        return text[tokens[a].end:tokens[a + 1].start]

    lo = k
    # words join by a space, a hyphen ("Anti-Terrorism") or a plural's apostrophe ("Workers' Union")
    while lo > 0 and (gap(lo - 1) in _JOINED or (gap(lo - 1) in _PLURAL_POSSESSIVE and tokens[lo - 1].text.endswith("s"))) \
            and name_word(lo - 1) and tokens[lo - 1].text not in _ARTICLES \
            and tokens[lo - 1].text not in tables.determiners:
        lo -= 1
        # "the Finance and National Planning Committee": "and" between two capitalised words
        if lo > 1 and tokens[lo - 1].text == "and" and gap(lo - 1) == " " and gap(lo - 2) == " " \
                and name_word(lo - 2) and tokens[lo - 2].text not in _ARTICLES:
            lo -= 1
        # "Stoke-on-Trent City Council": a lowercase word between hyphens inside a place's name
        elif lo > 1 and gap(lo - 1) == "-" and gap(lo - 2) == "-" and tokens[lo - 1].text.islower() \
                and name_word(lo - 2):
            lo -= 2
    lo = outer_name_start(text, tokens, lo, tables, name_word)
    hi = complement_end(text, tokens, k, name_word)
    # a state agency's full name of three words or more names it in any role ("a bill setting up a
    # National Reconstruction Authority", "citing instructions from the Posts ... Authority"), unless
    # a capitalised word goes on with a longer name ("the Civil Service Association")
    agency = tokens[k].text in _AGENCY_HEADS and hi == k and k - lo >= 2 and lo >= 1 \
        and not (k + 1 < len(tokens) and gap(k) == " " and tokens[k + 1].text[:1].isupper())
    # a local authority by its kind ("Durham County Council", "North Hertfordshire District
    # Council") is named so in any role, as a state agency's full name is (not before an officer's
    # title: "Brighton and Hove City Council leader X" names X's post)
    local = tokens[k].text == "Council" and k - lo >= 2 and tokens[k - 1].text in tables.local_council_kinds \
        and not (k + 1 < len(tokens) and gap(k) == " " and tokens[k + 1].text.lower() in tables.apposed.officer_titles)
    if local:
        # a sentence's first word is capitalised too ("At North Hertfordshire District Council, ...")
        while lo < k - 2 and no_name(tokens[lo].text) and tokens[lo].text not in tables.name_words:
            lo += 1
    # a council named by its place alone and no article ("Dorset Council will decide", "Argyll and
    # Bute Council's committee") is a local authority's own name; after a possessive it is an organ
    # of a body named before ("the bloc's Mediation and Security Council")
    council = tokens[k].text == "Council" and (
        local
        or (k - lo >= 1 and not _introduced(text, tokens, lo, tables) and not _owned_by(text, tokens[lo].start)))
    if tokens[lo].text == "and" or not (
            council or _introduced(text, tokens, lo, tables)
            or (agency and tokens[lo - 1].text in _INDEFINITE and gap(lo - 1) == " ")):
        return None
    if hi - lo < 1 and lo == k:
        return None  # a head alone ("the Committee said") points back to a body named before
    if not acts(text, tokens, hi, tables.verbs, tables.asides) and not ((hi > k or council) and owned(text, tokens, hi)) \
            and not agency and not local:
        return None
    return DescribedOrg(text[tokens[lo].start:tokens[hi].end], tokens[lo].start, tokens[hi].end)


def _described_parties(text: str, tokens: Sequence[Token], lo: int, head: int,
                       tables: DescribedTables) -> list[DescribedOrg]:
    """The party named from tokens[lo] to its head at `head` (and its complement) after "the
    ruling/opposition", and one more joined to it by "and the" whose name ends in a head noun."""
    n = len(tokens)
    word = _body_word(tokens)
    hi = complement_end(text, tokens, head, word)
    out = [DescribedOrg(text[tokens[lo].start:tokens[hi].end], tokens[lo].start, tokens[hi].end)]
    j = hi + 3
    if j < n and tokens[hi + 1].text == "and" and tokens[hi + 2].text == "the" \
            and all(text[tokens[a].end:tokens[a + 1].start] == " " for a in (hi, hi + 1, hi + 2)):
        end = j
        while end < n and end - j < _MAX_NAME and word(end) and (end == j or text[tokens[end - 1].end:tokens[end].start] == " "):
            end += 1
        if end > j and tokens[end - 1].text in tables.heads:
            last = complement_end(text, tokens, end - 1, word)
            out.append(DescribedOrg(text[tokens[j].start:tokens[last].end], tokens[j].start, tokens[last].end))
    return out
