"""States named as subjects that no agreeing verb before them shows (used by `countries.acting`).

A capital stands for its government as a subject ("Beijing has yet to confirm", «أكد أن القاهرة لن
تقبل»), unless it is a dateline or speaks for another body (Brussels: the EU).

English headlines drop "will": a name (or names joined by a comma or "and") opening a line, then
"to" and a lowercase word ("Kenya, Uganda to sign border deal", "Peru and Chile to hold talks"),
is a state that acts, as "Kenya will sign" is. In running text the same words are a place ("from
Kenya to Uganda") and the name does not open the line, so only line starts count.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtracker.config import DATA_DIR
from claimtracker.extract.phrases import Token, token_after, token_index
from claimtracker.extract.places import DATELINE_TOKENS, dateline, load_places
from claimtracker.extract.verbs_ar import RELATIVES_AR, joined_ar
from claimtracker.extract.world_cities import dateline_town_country
from claimtracker.text import normalize_text

_JOINERS = (", ", " and ", " & ")


def capital_subject(text: str, h) -> bool:
    """A capital that may stand for its government as a subject (either language): not a dateline.
    (One that speaks for another body, Brussels for the EU, is that body: `CountryFinder.stands_for`.)"""
    return not dateline(text, h.start, h.end)


def headline_subjects_en(text: str, tokens: list[Token], hits: Sequence) -> list:
    """The country hits (names or capitals) that open a line as the subject of "to <verb>"."""
    by_start = {h.start: h for h in hits if h.via in ("name", "capital")}
    out = []
    for h in by_start.values():
        k = h.start - 1
        while k >= 0 and text[k] in " \t\"'“":
            k -= 1
        if k >= 0 and text[k] != "\n":
            continue
        chain = [h]
        while True:
            end = chain[-1].end
            nxt = next((by_start.get(end + len(g)) for g in _JOINERS if text.startswith(g, end)), None)
            if nxt is None:
                break
            chain.append(nxt)
        if _infinitive_after(text, tokens, chain[-1].end):
            out.extend(chain)
    return out


def _infinitive_after(text: str, tokens: list[Token], end: int) -> bool:
    i = token_index(tokens, end + 1, 1)
    if i is None or i + 1 >= len(tokens) or tokens[i].text != "to" or text[end:tokens[i].start] != " ":
        return False
    word = tokens[i + 1].text
    return word.isalpha() and word.islower() and word not in ("the", "a", "an") \
        and text[tokens[i].end:tokens[i + 1].start] == " "


def dateline_country(text: str, lang: str, tokens: Sequence[Token], words: Sequence[str], hits: Sequence) -> str | None:
    """The country of the text's dateline: a capital or state opening a line («الرباط - »,
    "NAIROBI, May 3 -"), a town the places table knows in Arabic («قابس - «…»»), or in English a town
    of GeoNames' (`world_cities.py`: "CHITTAGONG, Aug 24 (Wire) -"); None without one."""
    for h in hits:
        if h.via in ("capital", "name") and dateline(text, h.start, h.end):
            return h.code
    if lang != "ar":
        return dateline_town_country(text)
    places = load_places(DATA_DIR)
    for k in range(min(len(tokens), DATELINE_TOKENS)):
        if k and "\n" not in text[tokens[k - 1].end:tokens[k].start]:
            continue
        hit = places.match_ar(words, k)
        if hit is not None and dateline(text, tokens[k].start, tokens[hit[1]].end):
            return hit[0].country
    return None


# «المسودة التي وزعتها الولايات المتحدة», «الاتفاق الذي وقعته تونس»: in a relative clause the verb
# carries a pronoun for the noun before (ـه، ـها، ـهم، ـهما) and the state after it is the subject
_RESUMPTIVE_AR = ("ته", "تها", "تهم", "تهما")
# the resumptive pronoun on a preposition after the verb: «الذي تطالب به», «التي تسعى إليها»
_PREP_PRONOUNS_AR = frozenset(normalize_text(w) for w in (
    "به", "بها", "له", "لها", "عليه", "عليها", "فيه", "فيها", "منه", "منها", "إليه", "إليها", "عنه", "عنها", "معه", "معها"))


# «في وقت» (at a time when): an indefinite antecedent, whose relative clause has no pronoun before it
_TIME_NOUN_AR = normalize_text("وقت")
_IN_AR = frozenset(normalize_text(w) for w in ("في", "وفي"))


def _feminine_verb(word: str) -> bool:
    # a verb agreeing with a state: the past in ـت (طالبت), the present and future in ت/ست (تطالب)
    return len(word) >= 4 and not word.startswith("ال") and (word.endswith("ت") or word[0] == "ت" or word.startswith("ست"))


def relative_subjects_ar(text: str, tokens: list[Token], hits: Sequence) -> list:
    """States (names, capitals) right after a relative pronoun and a feminine verb that carries the
    resumptive pronoun: the state does what the relative clause says, and so do the states joined to
    it by و («التي تقودها مصر وقطر»)."""
    out = []
    starts = {h.start: h for h in hits}
    for h in hits:
        if h.via not in ("name", "capital") or h.listed:
            continue
        i = token_index(tokens, h.start, 1)
        if i is None or i < 2 or tokens[i].start != h.start:
            continue
        verb, rel = tokens[i - 1].text, tokens[i - 2].text
        if rel in RELATIVES_AR and len(verb) >= 5 and verb.endswith(_RESUMPTIVE_AR) \
                and not verb.startswith("ال") and text[tokens[i - 2].end:tokens[i - 1].start] == " " \
                and text[tokens[i - 1].end:tokens[i].start] == " ":
            out.append(h)
        elif i >= 3 and tokens[i - 1].text in _PREP_PRONOUNS_AR and _antecedent_ar(tokens, i - 3) \
                and _feminine_verb(tokens[i - 2].text) \
                and all(text[tokens[k].end:tokens[k + 1].start] == " " for k in range(i - 3, i)):
            out.append(h)  # «الملف الذي تطالب به واشنطن»: the pronoun rides on a preposition
        else:
            continue
        out.extend(joined_ar(tokens, token_after(tokens, i, h.end), starts)[0])
    return out


def _antecedent_ar(tokens: list[Token], k: int) -> bool:
    # a relative pronoun, or «في وقت» (at a time when): an indefinite noun needs none before its
    # relative clause, and the clause's verb takes the pronoun on a preposition («تواصل فيه»)
    word = tokens[k].text
    return word in RELATIVES_AR or (word == _TIME_NOUN_AR and k > 0 and tokens[k - 1].text in _IN_AR)

