"""Where a known name stops being that name: inside a longer name the gazetteer does not know, or
another state's body of the same name.

English names run on to both sides ("the Agricultural Bank of China" is not the Bank of China, "the
Malawi Congress Party" is not Malawi's Congress, "the bloc's Mediation and Security Council" is not
the UN Security Council); Arabic puts a body's nationality after it, so «حزب الوحدة الوطنية الليبي» is
Libya's party of that name, not Israel's. `ActorChecks` (`gazetteer_checks.py`) takes these methods
from `NameBounds`; `Gazetteer` holds the words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtracker.extract.native import trait
from claimtracker.models import ActorRef
from claimtracker.text import normalize_text

if TYPE_CHECKING:
    from claimtracker.extract.institutions import InstitutionFinder
    from claimtracker.extract.titles import TitleFinder


@trait
class NameBounds:
    """Checks on where a matched name ends; mixed into `ActorChecks`, whose tables they read."""

    # set by `Gazetteer.__init__`
    institutions: InstitutionFinder
    titles: TitleFinder
    _generic_en: frozenset[str]
    _context: dict[str, frozenset[str]]
    _heads_after_en: frozenset[str]
    _continents_ar: frozenset[str]
    _joint_regions_ar: frozenset[str]
    _national_ar: frozenset[str]
    _features_after_en: frozenset[str]

    def _tail_of_longer_name(self, text: str, tokens, i: int, covered: frozenset[int], j: int = 0) -> bool:
        """An organisation's name that ends a longer name the gazetteer does not know: "the bloc's
        Mediation and Security Council" is not the UN Security Council. The capitalised word before
        "and"/"of" must itself be no known name ("Hamas and Hezbollah", "Russia and NATO" keep both)
        nor open the sentence ("Meanwhile and ..." does not occur, "And Security Council ..." may).
        A word of descriptive names right before it does the same: "Nigeria's National Security
        Council" is a national body."""
        if i >= 1 and self.institutions.is_head(tokens[i].text) and text[tokens[i - 1].end:tokens[i].start] == " " \
                and tokens[i - 1].start not in covered and self.institutions.describes_body(tokens[i - 1].text):
            return True  # "the Agricultural Bank of China" is not the Bank of China
        # the word before may be a one-word alias itself ("Labour" for a Labour Party): next to
        # another name word it is still part of the longer name ("Nigeria Labour Congress")
        if i >= 1 and tokens[i - 1].text in self._generic_en and tokens[i - 1].text[:1].isupper() \
                and text[tokens[i - 1].end:tokens[i].start] == " ":
            return True
        if j - i >= 2 and self._after_name_word(text, tokens, i, j, covered):
            return True
        if i < 2 or tokens[i - 1].text not in ("and", "of", "&"):
            return False
        word = tokens[i - 2]
        if not word.text[:1].isupper() or word.start in covered or not word.text.isalpha():
            return False
        gaps = (text[word.end:tokens[i - 1].start], text[tokens[i - 1].end:tokens[i].start])
        if any(g != " " for g in gaps):
            return False
        k = word.start - 1
        while k >= 0 and text[k] == " ":
            k -= 1
        return k >= 0 and text[k] not in ".!?\n\"“"

    def _after_name_word(self, text: str, tokens, i: int, j: int, covered: frozenset[int]) -> bool:
        """A body's name of two words or more, ending on a head, right after a capitalised word
        inside the sentence that no known name or country covers: "the Upper East Regional Security
        Council" is not the UN Security Council. An acronym before the name ("EU Foreign Affairs
        Council") says whose body it is, and a day or a month is no name word."""
        if not self.institutions.is_head(tokens[j - 1].text):
            return False
        # the capitalised words before the name, back to the first that is none, nearest first
        run = []
        k = i - 1
        while k >= 0 and text[tokens[k].end:tokens[k + 1].start] == " " and self._name_word_en(tokens[k], covered):
            run.append(k)
            k -= 1
        opened = False
        while run and self.titles.is_stopword(tokens[run[-1]].text, "en"):
            run.pop()  # "The", "This" before the name words
            opened = True
        if not run:
            return False  # "The European Parliament"
        if opened:
            return True
        at = tokens[run[-1]].start - 1
        while at >= 0 and text[at] == " ":
            at -= 1
        # a capital opening the sentence proves nothing ("Regional Security Council members said")
        return at >= 0 and text[at] not in ".!?\n\"“:-–—)"

    def _name_word_en(self, tok, covered: frozenset[int]) -> bool:
        """A capitalised word of a name no known name covers: no acronym, day, month or title."""
        word = tok.text
        return tok.start not in covered and word[:1].isupper() and not word.isupper() \
            and word.replace("-", "").isalpha() and not self.institutions.is_portfolio_stop(word)

    def _head_before_complement(self, text: str, tokens, m, covered: frozenset[int]) -> bool:
        """An organisation's name whose last word, a body's head, takes an of-complement the
        gazetteer does not know is the head of another body's name: "the General Assembly of
        Judges" is not the UN General Assembly. A known name or a country after "of" ("the
        Parliament of Moldova") is the complement of the same kind of body and is left to the
        patterns that read it."""
        return self.institutions.is_head(tokens[m.j - 1].text) \
            and self.institutions.unread_complement(text, tokens, m.j - 1, covered)

    def _another_states_body(self, text: str, tokens, m, actor: ActorRef, country_hits) -> bool:
        """A state's organisation named in Arabic with another state's nationality adjective right
        after it is that other state's body of the same name: parties, movements and fronts share
        their names across states («حزب الوحدة الوطنية الليبي»)."""
        if actor.kind != "org" or actor.country is None or m.j >= len(tokens) \
                or text[tokens[m.j - 1].end:tokens[m.j].start] != " ":
            return False
        if tokens[m.j].text.startswith("و"):
            return False  # «المخابرات المصرية والأمريكية»: a second state joined to the name's, not another name
        last, after = tokens[m.j - 1].start, tokens[m.j].start
        if any(h.start == last and h.via == "adjective" for h in country_hits):
            return False  # the name carries its own state's adjective already
        return any(h.start == after and h.via == "adjective" and h.code != actor.country for h in country_hits)

    def _feature_after(self, text: str, tokens, words: list[str], m) -> bool:
        """An organisation's name right before a river's, valley's or crossing's noun names that
        place: "the Tisza river", "a Tisza bridge" are not Hungary's Tisza party."""
        return m.j < len(tokens) and words[m.j] in self._features_after_en and text[m.end:tokens[m.j].start] == " "

    def _national_body(self, text: str, tokens, m, actor: ActorRef) -> bool:
        """An international body's name with «القومي» or «الوطني» right after it is a state's body
        of that kind: «مجلس الأمن القومي» is a national security council, not the UN's."""
        return actor.kind == "org" and actor.country is None and m.j < len(tokens) \
            and text[tokens[m.j - 1].end:tokens[m.j].start] == " " \
            and normalize_text(tokens[m.j].text).strip() in self._national_ar

    def _joint_with_another(self, text: str, tokens, m, actor: ActorRef, country_hits) -> bool:
        """A body of many states named by its region's adjective («القمة العربية», the Arab League's
        summit) with another state's or continent's adjective right after it is a joint meeting of
        the two sides («القمة العربية الصينية», «القمة العربية الإفريقية»), not the organisation. Only
        the regions of `joint_regions_ar`: a Gulf summit with a partner («القمة الخليجية الأميركية»)
        is still the GCC's, as the golds list it (8 of 9), where they leave the Arab League out of an
        Arab-Chinese or Arab-African summit (13 of 13)."""
        if actor.kind != "org" or actor.country is not None or m.j >= len(tokens) \
                or text[tokens[m.j - 1].end:tokens[m.j].start] != " " or tokens[m.j - 1].text not in self._joint_regions_ar:
            return False
        after = tokens[m.j]
        return after.text in self._continents_ar or any(
            h.start == after.start and h.via == "adjective" for h in country_hits)

    def _head_of_longer_name(self, text: str, tokens, m) -> bool:
        """A one-word everyday alias ("Congress", "Labour") right before the head of a party's or a
        union's name ("the Malawi Congress Party") is a word of that longer name: the name is
        another body's, found whole by the institution patterns or not at all."""
        if m.j - m.i != 1 or m.j >= len(tokens) or text[tokens[m.i].start:tokens[m.i].end] not in self._context["en"]:
            return False
        return tokens[m.j].text in self._heads_after_en and text[tokens[m.i].end:tokens[m.j].start] == " "
