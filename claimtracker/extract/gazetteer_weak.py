"""When a gazetteer match on a bare surname (a weak alias) stands for its actor.

A surname counts when the text names the same actor in full, when a title stands before it
("Minister Lavrov", «الرئيس بوتين»), or when it is distinctive enough to stand alone; it does not
after a monarch's title ("King Philippe" is not Edouard Philippe), nor when it is an everyday word
or a country's name without a title. `Gazetteer` (`gazetteer.py`) takes these methods from
`WeakNames` and holds the data they read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtracker.extract.gazetteer_checks import STRONG, WEAK
from claimtracker.extract.native import trait
from claimtracker.extract.phrases import QUOTES_CLOSE, QUOTES_OPEN, Token, ar_keys, strip_al, surface_ar
from claimtracker.text import normalize_text

# a sentence or clause ends between a title and the word after it: the word is no title holder
_CLAUSE_ENDS = frozenset(".!?;:\n؟؛")

if TYPE_CHECKING:
    from claimtracker.extract.countries import CountryFinder
    from claimtracker.extract.titles import TitleFinder
    from claimtracker.models import ActorRef


@trait
class WeakNames:
    """The weak-alias decision; mixed into `Gazetteer`, whose tables it reads."""

    # set by `Gazetteer.__init__`
    countries: CountryFinder
    titles: TitleFinder
    _common: dict[str, set[str]]
    _royal: dict[str, frozenset[str]]
    _months: dict[str, frozenset[str]]
    _links: dict[str, frozenset[str]]
    _actors: dict[str, ActorRef]
    _families_ar: frozenset[str]
    _operations_ar: frozenset[str]

    def _resolve_weak(self, text, tokens, m, strong_ids, heads, lang, country_hits) -> str | None:
        ids = {a.actor_id for a in m.payloads}
        if m.i > 0 and all(a.strength == WEAK for a in m.payloads) and self._after_royal(tokens[m.i - 1].text, lang):
            return None  # "King Philippe" is not Edouard Philippe: a monarch is named by a given name
        if m.j - m.i == 1 and m.j < len(tokens) and all(a.strength == WEAK for a in m.payloads) \
                and tokens[m.j].text in self._links[lang]:
            return None  # «الوزير خميس بن سالم», "Khamis bin Salem": a given name before bin, not a surname
        if lang == "ar" and m.j - m.i == 1 and all(a.strength == WEAK for a in m.payloads) \
                and self._inside_title(text, tokens, m):
            return None
        if lang == "ar" and m.i > 0 and tokens[m.i].text in self._links[lang] \
                and tokens[m.i - 1].text in self.titles.given_names_ar() \
                and text[tokens[m.i - 1].end:tokens[m.i].start] == " ":
            return None  # «سلطان بن محمد» is not Hamdan bin Mohammed: «بن محمد» goes on another man's given name
        if lang == "ar" and m.j - m.i == 1 and all(a.strength == WEAK for a in m.payloads) \
                and self._hamza_not_in_name(text[m.start:m.end], m):
            return None  # «المرشح الفائز» (the winner) is not al-Fayez («الفايز»)
        if all(a.strength == WEAK for a in m.payloads) and text[m.start - 1:m.start] in QUOTES_OPEN \
                and text[m.end:m.end + 1] in QUOTES_CLOSE:
            return None  # «مسؤول في «سامي»»: a quoted name is a brand or a body's, not a surname
        if lang == "ar" and m.j - m.i == 1 and all(a.strength == WEAK for a in m.payloads) \
                and strip_al(m.payloads[0].first) in heads:
            return None  # «كامل الوزير»: a surname that is a title («الوزير», the minister) needs the full name
        after_title = self._after_title(text, tokens, m.i, heads, lang) and not (
            # «العاملة منذ الخريف»: a title two words back does not reach over a preposition
            lang == "ar" and m.i > 0 and self.titles.breaks_title_ar(tokens[m.i - 1].text))
        if m.j - m.i == 1 and all(a.strength == WEAK for a in m.payloads) \
                and (strip_al(m.payloads[0].first) if lang == "ar" else m.payloads[0].first) in self._months[lang] \
                and not ids & strong_ids and not self._after_title(text, tokens, m.i, heads, lang, reach=1):
            return None  # «مطلع مايو»: a month, unless the person is named in full or titled right before
        if lang == "ar" and after_title and m.j - m.i == 1 and self._adjective_before_name(text, tokens, m, heads):
            return None  # «الخبير النفطي ربيع ...»: the title's adjective, and the name follows it
        if lang == "ar" and m.j - m.i == 1 and m.payloads[0].first in self.titles.given_names_ar() \
                and self.titles.name_length_ar(text, tokens, m.i, after_gap=True) >= 2:
            # «الخبير محمود سلامة», «رئيس اللجنة، مصطفى الكرعاوي»: a bare surname that is a given
            # name, and a name goes on after it (whatever stands before it, a title or a comma)
            return None
        present = ids & strong_ids
        if lang == "ar" and not present and m.j - m.i == 1 and all(a.strength == WEAK for a in m.payloads) \
                and (self._opens_longer_name(text, tokens, m) or self._ends_longer_name(text, tokens, m)):
            # «وزير النقل رزاق محيبس ...»: the first word of a longer name is a given name;
            # «وزير الري سالم عواد الجبوري»: the last word of another person's full name
            return None
        if lang == "en" and not present and all(a.strength == WEAK for a in m.payloads) \
                and self._opens_longer_name_en(text, tokens, m):
            return None  # "its leader Jean-Pierre Fabre": a given name, not Karine Jean-Pierre
        first = m.payloads[0].first
        if lang == "ar":
            common = strip_al(first) in self._common["ar"] or self.countries.is_country_phrase(first, "ar")
            everyday = common
        else:
            # a surname that names a country ("Montenegro") is the country unless the full
            # name or a title says otherwise
            common = m.j - m.i == 1 and (first in self._common["en"] or self.countries.is_country_phrase(first, "en"))
            everyday = m.j - m.i == 1 and self.titles.is_stopword(first, "en")
        if lang == "ar" and len(present) == 1 and m.j - m.i == 1 and first.startswith("ال") \
                and self.countries.is_country_phrase(first, "ar") and not _after_definite(tokens, m.i):
            # «بين السوداني وأردوغان», «وأكد السوداني»: the nisba of the person the text named in full,
            # not the adjective, which follows a definite noun («الجيش السوداني»)
            return next(iter(present))
        if lang == "ar" and after_title and not present and m.j - m.i == 1 and first.startswith("ال") \
                and self.countries.is_country_phrase(first, "ar"):
            # «رئيس الوزراء السوداني», «الرئيس اللبناني»: a country's nisba after a title is the
            # title's adjective (the Sudanese prime minister) unless the text named the person in full
            return None
        if lang == "ar" and common and m.j - m.i == 1 and m.i > 0 \
                and self.countries.is_member_noun_ar(tokens[m.i - 1].text):
            return None  # «ممثلي مالي»: a plural before a state's name is its members, not one person's title
        if everyday and not after_title:
            return None  # "May", "سلامة": an everyday word unless a title stands before it
        if len(present) == 1:
            return next(iter(present))
        if common and not after_title:
            return None
        if len(ids) != 1:
            return None
        alias = m.payloads[0]
        if after_title:
            return alias.actor_id
        if alias.strength == STRONG:  # an alias two actors share and neither is named in full
            return None
        if lang == "en":
            home = self._actors[alias.actor_id].country
            if m.j - m.i == 1 and home and all(h.code != home for h in country_hits):
                # "the Barroso lithium mine", "a bridge to Miri": a surname alone, in a text that
                # never names the person's country, is a place or another man's name
                return None
            return alias.actor_id if (m.j - m.i > 1 or len(first) >= 4) else None
        # Arabic words have no capitals: a bare surname stands alone only when it cannot be an
        # everyday word, i.e. a nisba with its article (الشيباني) or a compound (أبو قصرة).
        if m.j - m.i == 1 and not first.startswith("ال"):
            return None
        if text[m.end - 1:m.end] == "ى":
            return None  # «العدوى» (contagion) is written with alef maqsura, a nisba («العدوي») with ya
        return alias.actor_id

    def _hamza_not_in_name(self, surface: str, m) -> bool:
        """Whether a one-word Arabic surname is written with a hamza on its seat (ئ, ؤ) that no
        listed bearer's name has: matching drops the hamza, but writers drop it, never add it, so
        «الفائز» (the winner) is another word than the surname «الفايز»."""
        seats = {c for c in surface if c in "ئؤ"}
        return bool(seats) and all(
            not seats & set(self._actors[a.actor_id].name_ar or "") for a in m.payloads)

    def _opens_longer_name_en(self, text: str, tokens: list[Token], m) -> bool:
        """Whether an English one-word surname alias has another capitalised name word right after
        it ("Jean-Pierre Fabre", "Morales Diaz"): the alias is then a given name or the first of two
        surnames of someone the gazetteer does not know."""
        if m.j >= len(tokens) or text[tokens[m.j - 1].end:tokens[m.j].start] != " ":
            return False
        nxt = tokens[m.j].text
        return nxt[:1].isupper() and nxt.isalpha() and len(nxt) > 1 and not self.titles.is_stopword(nxt, "en") \
            and not self.countries.is_country_phrase(nxt, "en")

    def _adjective_before_name(self, text: str, tokens: list[Token], m, heads: frozenset[str]) -> bool:
        """Whether a one-word Arabic alias is a nisba adjective («النفطي», «الاقتصادي») with a
        given name or another title right after it: after a title such a word qualifies the title
        (the oil expert), and the person is the name that follows («الخبير النفطي الدكتور فيصل»)."""
        word = tokens[m.i].text
        if not (word.startswith("ال") and word.endswith("ي")) or m.j >= len(tokens):
            return False
        if text[tokens[m.i].end:tokens[m.j].start] != " ":
            return False
        return tokens[m.j].text in self.titles.given_names_ar() or tokens[m.j].text in heads

    def _noun_with_adjective(self, text: str, tokens: list[Token], m) -> bool:
        """Whether a one-word Arabic surname alias with the article is a noun an adjective follows
        («الأسد الإفريقي», the African lion; «الشرع الإسلامي», Islamic law): a definite nisba right
        after a surname never qualifies the person. So is one that names an exercise or an
        operation («مناورات «الأسد المتأهب»»: Eager Lion; `operation_nouns_ar`)."""
        word = tokens[m.i].text
        if m.i > 0 and self._operations_ar and tokens[m.i - 1].text in self._operations_ar \
                and text[tokens[m.i - 1].end:tokens[m.i].start].strip() in ("", "«", '"'):
            return True
        if not word.startswith("ال") or m.j >= len(tokens) or text[tokens[m.i].end:tokens[m.j].start] != " ":
            return False
        nxt = tokens[m.j].text
        return (nxt.startswith("ال") and len(nxt) >= 6 and nxt.endswith(("ي", "يه"))
                and nxt not in self.titles.given_names_ar())

    def _opens_longer_name(self, text: str, tokens: list[Token], m) -> bool:
        """Whether a one-word Arabic surname alias is followed, one space on, by a word without the
        article that goes on with a name («رزاق محيبس السعداوي»): an Arabic surname ends a name, so
        a word that opens one is another person's given name. (A nisba or a definite word after a
        surname, «بوتين الأربعاء», is no such word.)"""
        if m.j >= len(tokens) or text[tokens[m.i].end:tokens[m.j].start] != " ":
            return False
        nxt = tokens[m.j].text
        if any(f.startswith("ال") for f in surface_ar(nxt)):
            # «وزير النقل مالك الخصاونة»: a family name another listed person bears goes on with
            # the name, which is someone else's
            return nxt in self._families_ar and not self.countries.is_country_phrase(nxt, "ar") \
                and self._after_title(text, tokens, m.i, self.titles.head_words("ar"), "ar")
        return self.titles.name_length_ar(text, tokens, m.i, after_gap=True) >= 2

    def _inside_title(self, text: str, tokens: list[Token], m) -> bool:
        """Whether a one-word Arabic alias is a word of a title phrase that starts before it
        («رئيس أركان الجيش»: أركان is the title's, not a person named Erkan)."""
        return any(ti < m.i < tj for ti, tj in self.titles.title_spans(text, tokens, max(0, m.i - 2), m.i, "ar"))

    def _ends_longer_name(self, text: str, tokens: list[Token], m) -> bool:
        """Whether a one-word Arabic surname alias ends a name of three words or more that starts two
        or three words before it («سالم عواد الجبوري»): the family name of a person the text names
        in full, who is not the listed one (whose full name the text does not give). One word
        before it is `_inside_other_name`'s business (a known given name)."""
        own = {w for a in m.payloads for w in normalize_text(self._actors[a.actor_id].name_ar or "").split()}
        for back in (2, 3):
            j = m.i - back
            if j < 0:
                break
            if self.titles.name_length_ar(text, tokens, j) > back:
                # «سالم عواد الجبوري» for the listed «سالم الجبوري»: his own name with his father's
                return tokens[j].text not in own
        return False

    def _after_royal(self, word: str, lang: str) -> bool:
        royal = self._royal[lang]
        if lang == "ar":
            return any(k in royal for k in surface_ar(word))
        return word in royal

    @staticmethod
    def _after_title(text: str, tokens: list[Token], i: int, heads: frozenset[str], lang: str, reach: int = 2) -> bool:
        for back in range(1, reach + 1):
            if i - back < 0:
                return False
            if any(ch in _CLAUSE_ENDS for ch in text[tokens[i - back].end:tokens[i - back + 1].start]):
                return False  # "..., its leader said. Montenegro will": the title ended its sentence
            word = tokens[i - back].text
            if back == 2 and lang == "en" and not tokens[i - 1].text[:1].isupper():
                return False  # "run for president in May 2028": a lowercase word parts title and name
            keys = ar_keys(word) if lang == "ar" else (word, word.lower())
            if any(k in heads for k in keys):
                return True
        return False


def _after_definite(tokens: list[Token], i: int) -> bool:
    """Whether the Arabic word before token i is definite (its clitics off), so that a nisba at i
    can be its adjective."""
    return i > 0 and any(f.startswith("ال") for f in surface_ar(tokens[i - 1].text))
