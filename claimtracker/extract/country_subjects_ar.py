"""Whether an Arabic state acts in its sentence: a subject after a verb agreeing with it («وكانت
المملكة») or opening a clause before a verb or a particle, and whether a country word is a country
here at all (not a newspaper's name, «جيروزاليم بوست»; «مالي» only after a word announcing a place).
Mixed into `countries.CountryFinder`, whose tables, from `data/gazetteer/countries.json`, it reads.
"""

from __future__ import annotations

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
