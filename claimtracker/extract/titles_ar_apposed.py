"""Arabic names set off from their titles (`titles_ar.py`): a name between commas after its title
(«قال المتحدث باسم الوزارة، سلام الربيعي، إن»), a name, a comma and its title («سامي
الحداد، المدير العام للشركة،»), an honorific between a title's comma and the name («، المهندس
فلان،») or inside the words read as one («مدير إعلام الوزارة العميد فلان»), a given name written
with the article that opens a name («الفاتح قرشي»), the place a post is of («حاكم إقليم دارفور»),
and a person's name after the name of the body the title holder works for («الباحث في
معهد غرب آسيا وشمال أفريقيا فلان»). A trait of `TitleFinder`, which sets the word lists they read.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING

from claimtracker.extract.native import trait
from claimtracker.extract.phrases import DEFINITE_AR, Token, surface_ar
from claimtracker.extract.titles_ar_words import (
    AR_DEFINITE,
    AR_FIRST,
    AR_NAME_END,
    AR_ORG,
    AR_QUAL_END,
    COMMAS,
    ArabicNameWords,
)
from claimtracker.extract.titles_hit import MAX_NAME

if TYPE_CHECKING:
    from claimtracker.extract.names_index import NameIndex
    from claimtracker.extract.translit import Transliterator

_COMMA = re.compile("[,،]")
_start = attrgetter("start")
_APPOSITION_ENDS = COMMAS | {"."}
_QUOTE_MARKS = " «»\"“”"
# the words of a lineage («بن», «ابن», «بنت»): a name read from one, or right after one, is a father's
_LINEAGE = frozenset({"بن", "ابن", "بنت"})
# words a title's phrase may still run before a name set off by commas (`_apposed_later_ar`)
_LATER_REACH = 4
# words a body's name may run after its organisation noun before a person's name (`_after_body_name`)
_BODY_REACH = 7
_COMPASS_AR = frozenset(("شمال", "جنوب", "شرق", "غرب"))
# prepositions written joined to an organisation noun in construct («بجامعة», «لمعهد»)
_NOUN_CLITICS = ("ب", "ل")


@trait
class ArabicApposedNames(ArabicNameWords):
    """Names beside their titles; mixed into `TitleFinder` through `ArabicTitles`."""

    # set by `TitleFinder.__init__`
    _translit: Transliterator
    _titles: dict[str, NameIndex[str]]
    _ar_org: frozenset[str]
    _ar_skip: frozenset[str]
    _ar_ranks: frozenset[str]
    _ar_article_ranks: frozenset[str]
    _ar_prepositions: frozenset[str]
    _ar_first: frozenset[str]
    _ar_given_any: frozenset[str]
    _ar_spelled_titles: dict[str, str]
    _ar_common_given: frozenset[str]
    _ar_article_adjectives: frozenset[str]
    _word_ar: Callable[[str], int]

    def _name_ar(self, text: str, tokens: list[Token], k: int, after_gap: bool = False) -> list[int]:
        raise NotImplementedError  # `ArabicTitles` has it

    def _second_holder(self, text: str, tokens: list[Token], k: int, taken,
                       place_starts) -> tuple[int, int, list[str]] | None:
        """«وزيرا خارجية البلدين فلان وفلان»: after a title of two holders, a name joined by و to the
        first holder's is the second holder's. Returns its start and end offsets and its words (the
        و off), or None."""
        if k >= len(tokens) or text[tokens[k - 1].end:tokens[k].start] != " " or not tokens[k].text.startswith("و") \
                or len(tokens[k].text) < 3:
            return None
        bare = [*tokens[:k], Token(tokens[k].text[1:], tokens[k].start + 1, tokens[k].end), *tokens[k + 1:]]
        name_toks = before_place(self._name_ar(text, bare, k, after_gap=True), bare, place_starts)
        if len(name_toks) < 2:
            return None
        start, end = bare[name_toks[0]].start, bare[name_toks[-1]].end
        if any(s < end and start < e for s, e in taken):
            return None  # the second holder is a known person: the gazetteer's reading stands
        return start, end, [bare[t].text for t in name_toks]

    def _speakers_before_title(self, text: str, tokens: list[Token], words: list[str],
                               speech: frozenset[str]) -> list[int]:
        """Where a name the given-name table does not know may open: right after a reporting verb,
        two or three words before a comma («قال هيوا رستمي، المتحدث باسم الحزب، إن»). The caller
        keeps those that `_name_then_title` reads: the comma must open a title."""
        out = []
        for cm in _COMMA.finditer(text):
            q = bisect_left(tokens, cm.start(), key=_start)  # the first token after the comma
            for p in (q - 2, q - 3):
                if p >= 1 and words[p] not in self._ar_first and self._ok_first_ar(words[p]) \
                        and not speech.isdisjoint(surface_ar(words[p - 1])):
                    out.append(p)
        return out

    def _name_then_title(self, text: str, tokens: list[Token], p: int) -> list[int]:
        """The tokens of a full name that starts with a known given name at p and is followed by a
        comma and a title, its apposition («سامي الحداد، المدير العام للشركة،»); [] otherwise.

        A name right after an organisation noun in construct («مؤسسة محمد بن راشد») names the body.
        """
        if p > 0 and tokens[p - 1].text in self._ar_org and not tokens[p - 1].text.startswith("ال"):
            return []
        if tokens[p].text in _LINEAGE or (p > 0 and tokens[p - 1].text in _LINEAGE):
            return []  # «فيصل بن فرحان بن عبدالله، ووزير ...»: a father's name goes on with the name before it
        # most given names have no comma a name's length after them: no name to read (one scan of
        # the span for a comma character first, the gap by gap test only where there is one)
        last = min(p + MAX_NAME, len(tokens) - 1)
        if last <= p + 1 or not _COMMA.search(text, tokens[p + 1].end, tokens[last].start) or not any(
                text[tokens[t].end:tokens[t + 1].start].strip() in COMMAS for t in range(p + 1, last)):
            return []
        name_toks = self._name_ar(text, tokens, p, after_gap=True)
        if len(name_toks) < 2:
            return []
        q = name_toks[-1] + 1
        if q >= len(tokens) or text[tokens[q - 1].end:tokens[q].start].strip() not in COMMAS:
            return []
        return name_toks if self._titles["ar"].match_at(text, tokens, q) is not None else []

    def _honorific_end(self, text: str, tokens: list[Token], k: int) -> int:
        """The token after an honorific that starts at k (0 when none does): a one-word title
        written with the article («الدكتور», «اللواء», «المهندس»), and a rank word after it
        («اللواء الركن»)."""
        m = self._titles["ar"].match_at(text, tokens, k)
        if m is None or m.j != k + 1 or not tokens[k].text.startswith("ال") or m.j >= len(tokens):
            return 0
        j = m.j
        if (j + 1 < len(tokens) and tokens[j].text.startswith("ال") and self._word_ar(tokens[j].text) & AR_ORG
                and text[tokens[j - 1].end:tokens[j].start] == " "):
            j += 1
        # «اللواء بحري», «العميد الركن طيار»: rank words without the article go with it too
        while j + 1 < len(tokens) and tokens[j].text in self._ar_ranks and text[tokens[j - 1].end:tokens[j].start] == " ":
            j += 1
        return j if text[tokens[j - 1].end:tokens[j].start] == " " else 0

    def _place_after(self, text: str, tokens: list[Token], k: int, place_ends: dict[int, int]) -> int:
        """The token after a place named right after one or two nouns at k («ولاية الخرطوم», «أمن
        ولاية الخرطوم»), when they are no given names: the post's place, a qualifier of the title;
        0 otherwise."""
        for at in (k + 1, k + 2):
            word = tokens[at - 1].text
            if at >= len(tokens) or word in self._ar_first or word in self._ar_prepositions \
                    or self._stop_ar(word) or self._verb_like(word) \
                    or text[tokens[at - 1].end:tokens[at].start] != " " \
                    or (at == k + 2 and word.startswith("ال") and self._may_be_given(tokens[k].text)):
                # (a word with the article is in construct with nothing: «أثير الغريري الرياض» is a
                # name, then the place visited; «متعددة الخدمات الدار البيضاء» names a company)
                return 0
            if tokens[at].start in place_ends:
                return past_place(tokens, at, place_ends)
        return 0

    def _may_be_given(self, word: str) -> bool:
        """Whether a normalised word may open a name: a known given name, or a word not ending in ة
        like an adjective or a noun («متعددة» of «الشركة الجهوية متعددة الخدمات الدار البيضاء»)."""
        return word in self._ar_first or not word.endswith("ه")

    def _possessor_ar(self, text: str, tokens: list[Token], k: int, place_ends: dict[int, int] | None = None) -> int:
        """How many words from k, right after a title without the article, are what the title is in
        construct with (a town, a province: «محافظ تعز»), not a name's first word; 0 for none. A
        title without the article cannot stand before a name alone («المحافظ نبيل»), so a place the
        places table knows there is the possessor («والي قسنطينة رابح …»), and so is an unknown word
        with a known given name after it."""
        title = tokens[k - 1].text
        # «والي» (governor) is a title whose own letters open like و + the article
        if not ((not title.startswith(DEFINITE_AR) or title in self._ar_spelled_titles)
                and k + 1 < len(tokens)
                and tokens[k].text not in self._ar_first and not tokens[k].text.startswith("ال")
                and text[tokens[k].end:tokens[k + 1].start] == " "):
            return 0
        if place_ends and tokens[k].start in place_ends:
            return past_place(tokens, k, place_ends) - k
        if tokens[k + 1].text in self._ar_first:
            return 1
        # «محافظ إربد رضوان العتوم»: a given name the table lacks, then a family name with the
        # article that ends the words, is a name after the possessor too
        name = self._name_ar(text, tokens, k + 1)
        return int(len(name) == 2 and tokens[name[-1]].text.startswith("ال") and not tokens[k + 1].text.startswith("ال"))

    def _past_honorific(self, text: str, tokens: list[Token], name_toks: list[int]) -> list[int]:
        """The name after an honorific that stands inside the words read as a name («مدير إعلام
        الوزارة العميد فلان الفلاني»: the title's complement «إعلام الوزارة» has no article and was
        read as the name's start). A name that opens on a known given name is left whole: «محمد
        الشيخ علي» may be one man's name."""
        if len(name_toks) >= 3 and tokens[name_toks[0]].text in self._ar_ranks and name_toks[0] > 0 \
                and self._titles["ar"].match_at(text, tokens, name_toks[0] - 1) is not None:
            return name_toks[1:]  # «اللواء بحري طارق شاهين»: the rank's qualifier, then the name
        if len(name_toks) >= 3:
            # «وكيل الوزارة الشيخ عبدالله بن أحمد»: an honorific that opens the words is no part of the name
            after = self._honorific_end(text, tokens, name_toks[0])
            if after and after in name_toks:
                name = self._name_ar(text, tokens, after)
                if len(name) >= 2:
                    return name
        if len(name_toks) < 3 or tokens[name_toks[0]].text in self._ar_first:
            return name_toks
        for t in name_toks[1:-1]:
            after = self._honorific_end(text, tokens, t)
            if after:
                name = self._name_ar(text, tokens, after)
                # or the words read after it («والي نهر النيل اللواء الطيب المكاشفي»: «نهر النيل» is the post's)
                rest = [x for x in name_toks if x >= after]
                return name if len(name) >= 2 else rest if len(rest) >= 2 else name_toks
        return name_toks

    def _noun_not_rank(self, text: str, tokens: list[Token], k: int, country_at: dict) -> bool:
        """A rank written with the article followed by another word with the article that is no
        rank word, nationality or given name («الفريق الفني»): the common noun."""
        if k >= len(tokens) or text[tokens[k - 1].end:tokens[k].start] != " ":
            return False
        word = tokens[k].text
        if tokens[k].start in country_at:
            return self._team_after_nationality(text, tokens, k, country_at)
        return word.startswith("ال") and word[2:] not in self._ar_ranks \
            and not self._article_given_opens(text, tokens, k)

    def _team_after_nationality(self, text: str, tokens: list[Token], k: int, country_at: dict) -> bool:
        """After a rank word and a nationality, more words with the article and then no given name
        («الفريق السعودي الأميركي المشترك للدفاع الجوي»): the team. A rank's holder may have a
        describing word too, but his name follows it («اللواء الليبي المتقاعد خليفة ...»)."""
        described = False
        p = k
        while p < len(tokens) and p - k < 6 and (p == k or text[tokens[p - 1].end:tokens[p].start] == " "):
            ch = country_at.get(tokens[p].start)
            if ch is not None:
                while p < len(tokens) and tokens[p].start < ch.end:
                    p += 1
            elif tokens[p].text.startswith("ال") and tokens[p].text[2:] not in self._ar_ranks \
                    and not self._article_given_opens(text, tokens, p):
                described = True
                p += 1
            else:
                break
        return described and (p >= len(tokens) or tokens[p].text not in self._ar_given_any)

    def _article_given_opens(self, text: str, tokens: list[Token], k: int) -> bool:
        """«الحسين ولد ...»: a given name written with the article, known as one by the link (ولد,
        بن) one space after it, opens a name where an article word otherwise would not. So does one
        followed by a family name without the article («الفاتح قرشي»): an article word is never
        followed by a bare noun that way, as an adjective would be. A title word («الأمين العام»,
        «الشيخ») stays a title."""
        if not self._translit.given_with_article(tokens[k].text) or k + 1 >= len(tokens) \
                or text[tokens[k].end:tokens[k + 1].start] != " ":
            return False
        nxt = tokens[k + 1].text
        if nxt in self._ar_compound:
            return True
        if not tokens[k].text.endswith("ي") and any(
                tokens[r].text in self._ar_article_ranks and self._honorific_end(text, tokens, r) == k
                for r in range(max(0, k - 3), k)):
            # «اللواء الصادق الأزرق»: a military rank is followed by a name (a nisba, «الفريق العربي»,
            # by none), where another title may be followed by an adjective («الرئيس الطيب الذكر»)
            return True
        if k > 0 and text[tokens[k - 1].end:tokens[k].start].strip() in ("،", ",") and nxt.startswith("ال") \
                and k + 2 < len(tokens) and text[tokens[k + 1].end:tokens[k + 2].start].strip() in ("،", ","):
            # «المدير العام للشركة، الهادي الزواري، أن»: two words set between commas after a title
            # are the holder's name, a family name with the article too
            return True
        if nxt.startswith("ال"):
            return self._definite_family_name(text, tokens, k)
        return (bool(self._word_ar(nxt) & AR_FIRST)
                and not self._word_ar(nxt) & AR_NAME_END and self._titles["ar"].match_at(text, tokens, k) is None)

    def _definite_family_name(self, text: str, tokens: list[Token], k: int) -> bool:
        """«النائب الهادي الخماسي.»: a given name with the article that is no common adjective,
        then a plain family name with the article where the name plainly ends (punctuation, the
        text's end, a word no name runs into)."""
        if tokens[k].text in self._ar_article_adjectives or self._titles["ar"].match_at(text, tokens, k) is not None:
            return False
        if self._word_ar(tokens[k + 1].text) & (AR_NAME_END | AR_ORG | AR_QUAL_END):
            return False
        if k + 2 >= len(tokens) or text[tokens[k + 1].end:tokens[k + 2].start].strip():
            return True
        return bool(self._word_ar(tokens[k + 2].text) & AR_NAME_END) or self._stop_ar(tokens[k + 2].text)

    def _common_given_opens(self, text: str, tokens: list[Token], k: int) -> bool:
        """«الشيخ صباح الخالد», «اللواء صباح النعمان»: a given name that is also a common word
        (`given_like_common_words`: «صباح», morning) opens a name when a name's next word follows it
        one space on; «الوزير صباح اليوم» (this morning) and «صباح الأحد» open none."""
        if tokens[k].text not in self._ar_common_given or k + 1 >= len(tokens) \
                or text[tokens[k].end:tokens[k + 1].start] != " ":
            return False
        flags = self._word_ar(tokens[k + 1].text)
        return not flags & AR_NAME_END and (bool(flags & AR_FIRST) or tokens[k + 1].text.startswith("ال"))

    def _construct_noun(self, word: str) -> bool:
        """An organisation noun without the article (معهد، مركز، شركة), a preposition joined to it or
        not («بجامعة»; «للوزارة» is ل + the article): the words after it are its complement, the
        body's name, not a person's."""
        return any(form in self._ar_org and not form.startswith("ال") and form not in self._ar_prepositions
                   and form not in self._ar_skip and form not in self._ar_first
                   for form in (word, *(word[1:] for p in _NOUN_CLITICS
                                         if word.startswith(p) and len(word) > 4 and not word.startswith("لل"))))

    def _after_body_name(self, text: str, tokens: list[Token], k: int, past_definite: bool = False) -> int:
        """Where a person's name starts after a body's name that starts at k (0 when none does).

        The body's name is a few plain words, in guillemets or not («معهد غرب آسيا وشمال أفريقيا»,
        «مركز «أفق» للدراسات الاقتصادية»); the person's name starts with a known given name and runs
        two words at least. A verb, a function word or punctuation ends the search: the clause went on.
        With `past_definite` a known given name counts only after a definite word of the body's name
        («رزان محمد علي» is one name: its father's given name opens none).
        """
        definite = False
        for j in range(k, min(k + _BODY_REACH, len(tokens))):
            word = tokens[j].text
            if j > k and text[tokens[j - 1].end:tokens[j].start].strip(" «»\"“”"):
                return 0
            # a given name right after the noun opens the body's name («جامعة محمد الخامس»,
            # «مؤسسة محمد بن راشد»): a body named after a person
            if (word in self._ar_first and (definite or not past_definite) and j > k
                    and len(self._name_ar(text, tokens, j, after_gap=True)) >= 2):
                return j
            # (a point of the compass closes a place's name as a definite word does: «القنطرة غرب»)
            definite = definite or bool(self._word_ar(word) & AR_DEFINITE) or word in _COMPASS_AR
            # a body's name ends with a definite word («للدراسات الاقتصادية»): a word without the
            # article after it opens a new phrase, a name when it runs to the end of the clause
            if j > k and self._word_ar(tokens[j - 1].text) & AR_DEFINITE and not self._word_ar(word) & AR_DEFINITE:
                name = self._name_ar(text, tokens, j, after_gap=True)
                return j if len(name) >= 2 and self._clause_ends_after(text, tokens, name[-1]) else 0
            if self._verb_like(word) or self._stop_ar(word) or self._norm_digits(word):
                return 0
        return 0

    def _clause_ends_after(self, text: str, tokens: list[Token], t: int) -> bool:
        """Whether punctuation, a verb or a function word (إن، أن) follows token t."""
        if t + 1 >= len(tokens) or text[tokens[t].end:tokens[t + 1].start].strip():
            return True
        word = tokens[t + 1].text
        return self._verb_like(word) or self._stop_ar(word)

    def _apposed_ar(self, text: str, tokens: list[Token], k: int) -> list[int]:
        """A name set off by commas after its title: «قال المتحدث باسم الوزارة، سلام الربيعي، إن».

        Only a name closed by a second comma counts: after a single comma the clause goes on
        («قال وزير الخارجية، إن ...»), and words between two commas right after a title are the
        title's apposition, as in English.
        """
        # (a quoted body may close right before the comma: «المدير العام لمجمع «…»، فلان،»)
        if k == 0 or k >= len(tokens) or text[tokens[k - 1].end:tokens[k].start].strip().lstrip("»\"”") not in COMMAS:
            return []
        name = self._name_ar(text, tokens, k, after_gap=True)
        if not name:
            # «أمين عام سلطة المياه، المهندس فلان،»: an honorific (a one-word title with the
            # article: الدكتور، اللواء، المهندس) stands between the comma and the name
            after = self._honorific_end(text, tokens, k)
            name = self._name_ar(text, tokens, after) if after else []
        if len(name) == 1:
            name += self._waw_family_name(text, tokens, name[0])
        # the sentence's end closes it too («يترأس الوفد وكيل وزارة النقل، علي الكناني.»)
        if len(name) < 2 or text[tokens[name[-1]].end:tokens[name[-1]].end + 1] not in _APPOSITION_ENDS:
            return []
        return name

    def _waw_family_name(self, text: str, tokens: list[Token], t: int) -> list[int]:
        """[t + 1] when a known given name at t is followed by a family name that opens on و and
        closes the apposition («، إسماعيل وايس،», «، سامي وهبة،»): between two commas a given name and
        one more word are a person's name, not a given name and a conjoined noun; [] otherwise."""
        u = t + 1
        if tokens[t].text not in self._ar_first or u >= len(tokens) or text[tokens[t].end:tokens[u].start] != " ":
            return []
        word = tokens[u].text
        if not word.startswith("و") or len(word) < 4 or word[1:] in self._ar_first or self._stop_ar(word):
            return []
        return [u] if text[tokens[u].end:tokens[u].end + 1] in _APPOSITION_ENDS else []

    def _apposed_later_ar(self, text: str, tokens: list[Token], k: int, over_body: bool = False,
                          places: frozenset[int] = frozenset()) -> list[int]:
        """A name between commas a few words after where the qualifiers were read to: the title's
        phrase goes on in words the rules do not know («المحللة في مركز أبحاث بدبي، ريم الكعبي، إن»).
        Only plain words (no punctuation, no verb, no known given name) may stand before the comma;
        `over_body`: the words at k name a body, whose name may be a person's («بجامعة محمد الخامس،»);
        `places`: start offsets of places named, never verbs («في تيارت،»)."""
        for j in range(k, min(k + _LATER_REACH, len(tokens) - 1)):
            if not over_body and self._word_ar(tokens[j].text) & AR_FIRST and tokens[j].text in self._ar_first:
                return []
            if (self._stop_ar(tokens[j].text) and not (j > k and tokens[j].text in self._ar_prepositions)) \
                    or (self._verb_like(tokens[j].text) and tokens[j].start not in places and not (
                    j == k and k > 0 and self._construct_noun(tokens[k - 1].text))):
                return []  # (no verb follows a noun in construct: «محافظة نينوى،» is a place)
            # a quoted body's marks may stand in the phrase («لمصنع «فيات الجزائر» بطفراوي، فلان،»)
            gap = text[tokens[j].end:tokens[j + 1].start].strip(_QUOTE_MARKS)
            if gap in COMMAS:
                return self._apposed_ar(text, tokens, j + 1)
            if gap:
                return []
        return []


def before_place(name_toks: list[int], tokens: list[Token], place_starts: frozenset[int]) -> list[int]:
    """The name's tokens up to the first that opens a country or city name (not the first word)."""
    for n, t in enumerate(name_toks[1:], 1):
        if tokens[t].start in place_starts:
            return name_toks[:n]
    return name_toks


def past_place(tokens: list[Token], at: int, place_ends: dict[int, int]) -> int:
    """The index of the first token after the place whose name starts at token `at`."""
    end, j = place_ends[tokens[at].start], at + 1
    while j < len(tokens) and tokens[j].start < end:
        j += 1
    return j
