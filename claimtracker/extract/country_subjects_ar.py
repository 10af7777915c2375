"""Whether an Arabic state acts in its sentence: a subject after a verb agreeing with it («وكانت
المملكة») or opening a clause before a verb or a particle, and whether a country word is a country
here at all (not a newspaper's name, «جيروزاليم بوست»; «مالي» only after a word announcing a place
or in a list of states).
Mixed into `countries.CountryFinder`, whose tables, from `data/gazetteer/countries.json`, it reads.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtracker.extract.names_index import NameMatch
from claimtracker.extract.native import trait
from claimtracker.extract.phrases import Token, ar_keys, sentence_start, surface_ar
from claimtracker.extract.verbs_ar import masdar_after_prep, past_verb_ar, present_verb, tafil_noun


@trait
class ArabicSubjects:
    """The Arabic subject checks of `CountryFinder`; its tables are set by `CountryFinder.__init__`."""

    _subject_after_ar: frozenset[str]
    _particles_ar: frozenset[str]
    _outlet_ar: tuple[frozenset[str], frozenset[str]]
    _need_prev_ar: dict[str, set[str]]
    _members_ar: tuple[frozenset[str], frozenset[str]]

    def is_member_noun_ar(self, word: str) -> bool:
        """«ممثلي», «وزراء»: a plural noun for a state's members (`member_nouns_ar`)."""
        return word in self._members_ar[0]

    def _subject_ar(self, text: str, tokens: list[Token], i: int, j: int) -> bool:
        """tokens[i:j] is a subject: after a verb agreeing with it («وكانت المملكة»), or opening the
        sentence or the clause after إن/أن before a verb or a particle («أن المملكة «لن تدافع»)."""
        prev = tokens[i - 1].text if i > 0 else ""
        if prev and text[tokens[i - 1].end:tokens[i].start] == " " and not masdar_after_prep(prev) \
                and not tafil_noun(prev) and any(past_verb_ar(f) for f in surface_ar(prev)):
            return True
        if not (sentence_start(text, tokens[i].start) or any(f in self._subject_after_ar for f in surface_ar(prev))):
            return False
        if j >= len(tokens) or text[tokens[j - 1].end:tokens[j].start].strip(" «\"") != "":
            return False
        word = tokens[j].text
        return word in self._particles_ar or present_verb(word) or past_verb_ar(word)

    def _keep_ar(self, tokens: list[Token], i: int, j: int) -> bool:
        word = tokens[i].text
        heads, of = self._outlet_ar
        if (j < len(tokens) and tokens[j].text in heads) or (i > 0 and tokens[i - 1].text in of):
            return False  # «جيروزاليم بوست», «تايمز أوف إسرائيل»: a newspaper's name
        for key in ar_keys(word):
            need = self._need_prev_ar.get(key)
            if need is None:
                continue
            # "مالي" is Mali only after a word that announces a place ("في مالي", "جمهورية مالي");
            # a preposition on the word does the same ("بجدة")
            if word in ("ب" + key, "وب" + key, "فب" + key):
                return True
            if word not in (key, "و" + key):
                return False
            return i > 0 and any(k in need for k in ar_keys(tokens[i - 1].text))
        return True

    def _in_state_list_ar(self, tokens: list[Token], matches: Sequence[NameMatch], k: int) -> bool:
        """matches[k], a word that is a state only in a place context («مالي»), is joined by و to a
        state name next to it: «مالي والنيجر», «النيجر ومالي»."""
        m = matches[k]
        if m.j - m.i != 1 or self._need_prev_ar.keys().isdisjoint(ar_keys(tokens[m.i].text)):
            return False
        after = matches[k + 1] if k + 1 < len(matches) else None
        if after is not None and after.i == m.j and tokens[after.i].text.startswith("و") \
                and after.payloads[0][1] == "name":
            return True
        before = matches[k - 1] if k > 0 else None
        return before is not None and before.j == m.i and tokens[m.i].text.startswith("و") \
            and before.payloads[0][1] == "name"
