"""The parties after "between"/«بين»: which states a joint undertaking names as its sides.

"Talks between Iran and Britain, France and Germany", «مفاوضات اتفاقية التجارة الحرة بين دول المجلس
واليابان»: a state joined by "and"/و after "between" is a party too, when a noun of a joint undertaking
(talks, agreement, «مفاوضات») stands shortly before "between" in the same clause; "relations between"
a verb's clause away is not. So is a state after «مع» when such a noun stands shortly before it
(«توقيع اتفاق مع موسكو», «مفاوضات مع نواكشوط»: the other side), as English "talks with Russia" is
(`country_subjects_en.py`). `CountryFinder` (`countries.py`) takes these methods from
`BetweenParties` and holds the words they read (`data/gazetteer/countries.json`).
"""

from __future__ import annotations

import re

from claimtracker.extract.phrases import Token, surface_ar, token_index
from claimtracker.extract.verbs_ar import present_verb

# tokens looked back from a second party to its "between"; punctuation ends the clause
_PARTY_REACH = 8
_WITH_AR = frozenset(("مع", "ومع"))
_WITH_REACH_AR = 4  # words from «مع» back to the noun of the undertaking
# a verb of signing right before «مع» (normalised: «ستوقع», «يوقعان», «وقعت»)
_SIGNS_AR = re.compile(r"[وف]?(?:[سل]?[يت]وقع(?:ان|ون|ا)?|وقع(?:ت|ا|وا|تا)?)")
_VERBISH_EN = frozenset(("will", "would", "could", "may", "might", "can", "is", "are", "was", "were", "to"))
# "between" and a list of capitalised names up to the one at the end of the search window
_BETWEEN_LIST = re.compile(r"\bbetween (?:(?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)*(?:, and |, | and )){2,}$")
CLAUSE_BREAK = re.compile(r"[.,;:!?،؛؟\n]")


class BetweenParties:
    """The "between" checks; mixed into `CountryFinder`, whose word tables they read."""

    # set by `CountryFinder.__init__`
    _acting_before_ar: frozenset[str]
    _party_nouns_en: frozenset[str]
    _party_nouns_ar: frozenset[str]

    def _second_party(self, text: str, tokens: list[Token], i: int) -> bool:
        """Whether tokens[i] (joined by "and"/و) is the second party after "between"/بين in the same
        clause: «بين دول المجلس واليابان», "between the bloc and Japan" name both sides."""
        lo = tokens[i].start
        for k in range(i - 1, max(-1, i - _PARTY_REACH), -1):
            if CLAUSE_BREAK.search(text, tokens[k].end, lo):
                return False
            w = tokens[k].text
            if w.lower() == "between" or any(f in self._acting_before_ar for f in surface_ar(w)):
                return self._party_noun_before(text, tokens, k)
        return False

    def _capital_party_ar(self, text: str, tokens: list[Token], i: int) -> bool:
        """Whether the capital at tokens[i] is the first side after «بين» of a joint undertaking
        («المفاوضات بين واشنطن»; the second, «... وطهران», is `_second_party`'s). A capital after «بين»
        alone is a place («الطريق بين دمشق وعمّان»), where a state's name is a side."""
        return i > 0 and any(f in self._acting_before_ar for f in surface_ar(tokens[i - 1].text)) \
            and text[tokens[i - 1].end:tokens[i].start] == " " and self._party_noun_before(text, tokens, i - 1)

    def _listed_party_en(self, text: str, tokens: list[Token], start: int) -> bool:
        """"talks between Iran and Britain, France and Germany": every state of the list after
        "between" is a party, not only the one after "and"."""
        m = _BETWEEN_LIST.search(text, max(0, start - 120), start)
        k = token_index(tokens, m.start(), 1) if m else None
        return k is not None and self._party_noun_before(text, tokens, k)

    def _party_noun_before(self, text: str, tokens: list[Token], k: int) -> bool:
        """A noun of a joint undertaking shortly before tokens[k] ("talks between", «مفاوضات اتفاقية
        التجارة الحرة بين»), in the same clause."""
        for m in range(k - 1, max(-1, k - _PARTY_REACH), -1):
            if CLAUSE_BREAK.search(text, tokens[m].end, tokens[m + 1].start):
                return False
            w = tokens[m].text
            if present_verb(w) or w.lower() in _VERBISH_EN:
                return False  # «الصفقة قد تخفف التوتر بين»: the noun belongs to another clause
            if w.lower() in self._party_nouns_en:
                return True
            if any(f in self._party_nouns_ar for f in surface_ar(w)):
                # a noun heading a construct chain has no article («مفاوضات اتفاقية التجارة الحرة بين»);
                # one with it is its own phrase unless it stands right before بين («المحادثات بين»):
                # «الصفقة التوتر بين» is no deal between them
                return m == k - 1 or not w.startswith("ال")
        return False

    def _with_party_ar(self, text: str, tokens: list[Token], i: int) -> bool:
        """Whether the state at tokens[i] is the other side of a joint undertaking after «مع»: a noun
        of `party_nouns_ar` at most four words before «مع», in the same clause («اتفاق مع موسكو»,
        «يوقع اتفاقية صيد مع نواكشوط»); «علاقات مع» (a standing relation) is not."""
        if i < 2 or tokens[i - 1].text not in _WITH_AR or text[tokens[i - 1].end:tokens[i].start] != " ":
            return False
        for m in range(i - 2, max(-1, i - 2 - _WITH_REACH_AR), -1):
            if CLAUSE_BREAK.search(text, tokens[m].end, tokens[m + 1].start):
                return False
            w = tokens[m].text
            # the accusative's alif («وقعا اتفاقا مع») is no part of the noun
            if any(f in self._party_nouns_ar for f in surface_ar(w[:-1] if w.endswith("ا") and len(w) > 4 else w)):
                return True
            if m == i - 2 and _SIGNS_AR.fullmatch(w):
                return True  # «ستوقع مع المملكة المتحدة اتفاقا»: the verb of signing, its object after
        return False
