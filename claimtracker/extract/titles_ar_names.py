"""Where an Arabic name after a title ends, and what stands between the title and it.

Arabic given names carry no article, so a name starts at the first word without ال and runs until a
function word, a verb, punctuation, or a word that opens what the named person does: an object
(«ملحقا», «رؤساء الكتل»), a phrase of purpose or means («بمساءلة الوزير»), a noun and its adjective.
Before the name, a post's complement («إدارة إفريقيا», «وتنمية الصادرات») and the task a qualifier
takes with ب («المكلف بملف الهجرة») still belong to the title. Kept apart from the title scan
(`titles_ar.py`), which calls these on every title it finds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from claimtracker.extract.native import trait
from claimtracker.extract.phrases import Token, gap_ok, surface_ar
from claimtracker.extract.titles_ar_apposed import ArabicApposedNames, before_place
from claimtracker.extract.titles_ar_words import AR_FIRST, AR_NAME_END, li_construct
from claimtracker.extract.titles_hit import MAX_NAME
from claimtracker.extract.verbs_ar import RELATIVES_AR

if TYPE_CHECKING:
    from claimtracker.extract.names_index import NameIndex
    from claimtracker.extract.translit import Transliterator

# `_classify_ar` flags (titles_ar_words.py)
_AR_FIRST, _AR_NAME_END = AR_FIRST, AR_NAME_END

# tanween (ً ٌ ٍ): names are not declined, so a word written with it is no part of one
_TANWEEN = re.compile("[\u064b-\u064d]")


@trait
class ArabicNameSpans(ArabicApposedNames):
    """The bounds of a name after an Arabic title; mixed into `ArabicTitles`."""

    # set by `TitleFinder.__init__`
    _translit: Transliterator
    _titles: dict[str, NameIndex[str]]
    _ar_stop: frozenset[str]
    _ar_object: frozenset[str]
    _ar_org: frozenset[str]
    _ar_skip: frozenset[str]
    _ar_ranks: frozenset[str]
    _ar_prepositions: frozenset[str]
    _ar_ba_governors: frozenset[str]
    _ar_qual_tails: frozenset[str]
    _ar_name_part_titles: frozenset[str]
    _ar_title_words: frozenset[str]
    _ar_given_any: frozenset[str]
    _ar_qual_stop: frozenset[str]
    _ar_speech: frozenset[str]
    _ar_first: frozenset[str]
    _ar_compound: frozenset[str]
    _ar_masdar_prefixes: tuple[str, ...]
    _ar_given_like_function: frozenset[str]
    _ar_dual_titles: frozenset[str]
    _word_ar: Callable[[str], int]

    def _ba_task_end(self, text: str, tokens: list[Token], k: int) -> int:
        """The token after the task a qualifier such as «المكلف» takes with ب, which starts at k.

        The task is a verbal noun and the indefinite nouns it governs («بصياغة ملحق الاتفاق», «بملف
        الهجرة»); a definite word after them goes on as a qualifier, and a known given name starts
        the name («المكلف بملف الهجرة أحمد سالم»).
        """
        k += 1
        while k < len(tokens) and gap_ok(text, tokens[k - 1].end, tokens[k].start, "ar"):
            word = tokens[k].text
            if word in self._ar_first or word.startswith("ال") or self._stop_ar(word):
                break
            k += 1
        return k

    def _complement_ar(self, text: str, tokens: list[Token], k: int) -> bool:
        """A word without ال that still belongs to the title, not to the name after it.

        The noun an organisation noun governs («إدارة إفريقيا»، «بنك مصر») when a full name follows it,
        a conjoined portfolio, و + a noun + a definite word («وتنمية الصادرات»), and ل + a noun in ة
        before a definite word («لعمادة البلدية»).
        """
        word, prev = tokens[k].text, tokens[k - 1].text
        if word in self._ar_first or self._stop_ar(word) or self._norm_digits(word):
            return False
        # «وتنمية الصادرات», and ل + a noun in ة in construct with a definite word («المرشح لعمادة
        # البلدية»: no name starts so, `_ok_first_ar`): the post's complement
        if (word.startswith("و") and len(word) > 3 and word[1:] not in self._ar_first) \
                or (word.startswith("ل") and len(word) >= 5 and word[1:] not in self._ar_first):
            nxt = tokens[k + 1].text
            return (gap_ok(text, tokens[k].end, tokens[k + 1].start, "ar")
                    and nxt.startswith("ال") and nxt not in self._ar_first)
        if prev in self._ar_org and not self._verb_like(word, form_x=False) and not word.startswith("و"):
            # the chain goes on with a definite word («بنك استثمار النخبة») or a full name follows
            nxt = tokens[k + 1].text
            goes_on = any(f.startswith("ال") or f in self._ar_org or f in self._ar_skip for f in surface_ar(nxt))
            if goes_on and nxt not in self._ar_first and gap_ok(text, tokens[k].end, tokens[k + 1].start, "ar"):
                return True
            return len(self._name_ar(text, tokens, k + 1)) >= 2
        return False

    def _object_after_name(self, text: str, tokens: list[Token], k: int) -> bool:
        """Whether tokens[k] opens a construct phrase after a full name: a word with no article
        that is no given name, name link or name-like word, before a definite word that is no nisba
        and no function word («رؤساء الكتل», «أنصار الحزب», «عدم الترشح»). A name's third word in construct is a given name
        («محمد نور الدين») and a family name after a father's name is mostly a nisba («محمد شياع
        السوداني»)."""
        word = tokens[k].text
        # a word ending in ي or ا looks like a family name («قاسمي», «مارلاسكا»), not a common noun
        # («الرابع عشر»: a regnal number's tens go on with it)
        if word.startswith("ال") or word.endswith(("ي", "ا")) or word in self._ar_first or word in self._ar_compound \
                or word in ("عشر", "عشره") \
                or k + 1 >= len(tokens):
            return False
        nxt = tokens[k + 1].text
        return (text[tokens[k].end:tokens[k + 1].start] == " " and nxt.startswith("ال") and len(nxt) >= 5
                and not nxt.endswith("ي") and nxt not in self._ar_first and nxt not in _RELATIVES_AR)

    def _visited_after_name(self, text: str, tokens: list[Token], k: int, place: int, place_starts) -> bool:
        """Whether the words from k up to a place read as a full name, and no name or title follows
        the place: then the place is not what the words are in construct with but where the person
        goes («يزور الوزير أثير الغريري الرياض مطلع نيسان»)."""
        if not self._may_be_given(tokens[k].text) \
                or len(before_place(self._name_ar(text, tokens, k), tokens, place_starts)) < 2:
            return False
        if place >= len(tokens):
            return True
        if text[tokens[place - 1].end:tokens[place].start].strip():
            return False  # «... ولاية الخرطوم، فلان،»: a comma may set the name off
        return len(self._name_ar(text, tokens, place)) < 2 and self._titles["ar"].match_at(text, tokens, place) is None

    def _name_ar(self, text: str, tokens: list[Token], k: int, after_gap: bool = False) -> list[int]:
        n = len(tokens)
        if k >= n or (k > 0 and not after_gap and not gap_ok(text, tokens[k - 1].end, tokens[k].start, "ar")):
            return []
        word_ar = self._word_ar
        compound = self._ar_compound
        if not word_ar(tokens[k].text) & _AR_FIRST and not self._article_given_opens(text, tokens, k) \
                and not self._common_given_opens(text, tokens, k):
            return []
        if self._function_spelling(text, tokens[k]) or self._possessed_ar(text, tokens[k]) \
                or (tokens[k].text not in self._ar_first and li_construct(tokens, k)):
            return []  # «للشركة العامة لنقل الطاقة»: «لـ» + a noun in construct opens no name
        if (k + 1 < n and text.startswith("ب", tokens[k].start) and tokens[k].text not in self._ar_first
                and tokens[k + 1].text in self._ar_first and tokens[k].end + 1 == tokens[k + 1].start):
            # «الأمين العام للاتحاد الجهوي بقابس سمير …»: ب + a place ends the title, and the
            # known given name after it opens the name
            return self._name_ar(text, tokens, k + 1, after_gap=True)
        out = [k]
        k += 1
        links = 0  # «عبد» of «عبدالله», بن، آل: a link word does not count towards a name's length
        while k < n and len(out) - links < MAX_NAME:
            end, start = tokens[k - 1].end, tokens[k].start
            if (start != end + 1 or text[end] != " ") and not gap_ok(text, end, start, "ar"):
                break
            if tokens[k - 1].text in compound:
                out.append(k)  # عبد الله، أبو قصرة، بن سلمان: the next word belongs to the name
                links += 1
                k += 1
                continue
            if len(out) >= 3 and tokens[out[-2]].text == "ال":
                break  # «آل ثاني», «آل خليفة»: a ruling family's name closes the name
            if word_ar(tokens[k].text) & _AR_NAME_END and not self._given_not_function(text, tokens, k) \
                    and not self._noun_not_verb(text, tokens[k]) \
                    and not (self._family_not_verb(text, tokens, k) and not _dual_or_plural_verb(tokens[k].text, len(out) - links)) \
                    and not self._article_syllable(tokens[k].text) and not self._allah_compound(tokens, k) \
                    and not self._translit.two_word_name(tokens[k - 1].text, tokens[k].text) \
                    and not (len(out) == 1 and self._family_not_org(text, tokens, k)) \
                    and not (len(out) == 1 and self._set_off_family(text, tokens, k, out[0])):
                break  # a function word, an organisation noun, a verb, a preposition, a conjunction
            if self._possessed_ar(text, tokens[k]):
                break  # «لجنتها»: a noun with its pronoun goes on with the phrase the name is in, not the name
            if len(out) >= 2 and tokens[k].text not in self._ar_first and li_construct(tokens, k):
                break  # «لدرس التعديلات», «لنقل الطاقة»: a purpose phrase after the name
            if len(tokens[k].text) < 2:
                break  # a lone letter is a preposition written apart («لـ«…»»), never part of a name
            if len(out) - links >= 2 and self._object_after_name(text, tokens, k):
                break  # «يلتقي ... مازن القاضي رؤساء الكتل»: the verb's object after the subject's name
            if len(out) - links >= 2 and self._object_noun_ar(tokens[k].text, definite=True):
                break  # «ستوقع رئيسة الوكالة سارة الأميري ملحقا»: what the named holder signs or holds
            if len(out) - links >= 2 and _noun_and_adjective(tokens, k):
                break  # «ترأس فلان الخليفي الجلسة الافتتاحية»: the object, a noun and its adjective
            if len(out) - links >= 2 and self._masdar_after(tokens[k].text):
                break  # «طالب النائب أنيس الجربي بمساءلة الوزير»: what the named man calls for, no name
            if len(out) - links >= 2 and tokens[k].text[:1] in ("ب", "ل") and tokens[k].text not in self._ar_first \
                    and any(f != tokens[k].text and f in self._ar_org for f in surface_ar(tokens[k].text)):
                break  # «فلان الدمنهوري بجامعة عين شمس»: ب/ل + an organisation noun says where he works
            if len(out) - links >= 2 and _by_means(tokens[k].text) and tokens[k].text[1:] not in self._ar_first:
                break  # «صادق عليها السلطان فلان بمرسوم سلطاني»: ب + a noun of place or object, the means
            if len(tokens[k].text) >= 5 and text.startswith(("بإ", "بأ"), tokens[k].start):
                break  # «بإمكانية»: ب + a hamza-initial noun opens a phrase; no name is written so
            if _TANWEEN.search(text, tokens[k].start, tokens[k].end):
                break  # «فلان احتجاجاً على»: a word written with tanween is an adverb or a noun, no name
            out.append(k)
            k += 1
        while out and tokens[out[-1]].text in compound:
            out.pop()
        return out


def _by_means(word: str) -> bool:
    """ب joined to a noun on م (مرسوم، موجب، مناسبة، مشاركة، مقتضى): the means or occasion of an
    act after its doer's name. A family name is not written with ب + م before four letters or more
    (a given name such as محمود after ب is left to the caller)."""
    return len(word) >= 5 and word.startswith("بم")


def _dual_or_plural_verb(word: str, name_words: int) -> bool:
    """«أحمد القطان يؤديان،»: after a full name, a verb-shaped word with the dual or plural ending
    is the verb of two or more subjects, not a third name word (a family name right after a given
    name, «نعمان», may end so)."""
    return name_words >= 2 and len(word) >= 5 and word.endswith(("ان", "ون"))


# relative pronouns long enough to pass for a definite noun after a name
_RELATIVES_AR = RELATIVES_AR | {"اللواتي", "اللاتي"}


def _noun_and_adjective(tokens: list[Token], k: int) -> bool:
    """Whether tokens k and k + 1 are a feminine noun with the article and its adjective
    («الجلسة الافتتاحية», «الحكومة الانتقالية»): Arabic writes no two family names that way."""
    if k + 1 >= len(tokens):
        return False
    word, nxt = tokens[k].text, tokens[k + 1].text
    return (tokens[k].end + 1 == tokens[k + 1].start and len(word) >= 5 and len(nxt) >= 5
            and word.startswith("ال") and nxt.startswith("ال") and word.endswith("ه") and nxt.endswith("ه"))
