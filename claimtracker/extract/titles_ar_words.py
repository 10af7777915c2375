"""The shapes of Arabic words around a name (`titles_ar.py`): whether a word may start a name, is a
verb, a verbal noun after a preposition, or a given name standing where a function word would. A
trait of `TitleFinder`, which sets the word lists they read."""

from __future__ import annotations

import re

from claimtracker.extract.native import trait
from claimtracker.extract.phrases import Token, surface_ar

# `ArabicTitles._classify_ar` flags: a word that may start a name, one that ends a name before it,
# a definite reading, an organisation or skip word, one that ends a title's qualifiers
AR_FIRST, AR_NAME_END, AR_DEFINITE, AR_ORG, AR_QUAL_END = 1, 2, 4, 8, 16
COMMAS = frozenset({"،", ","})
# «إن», «أن» (normalised): the clause a name opens goes on with one right after the name
_CLAUSE_AFTER_NAME = frozenset({"ان"})
# the preposition على as a word of its own (or after و), spelled with its final alif maqsura
_PREPOSITION_ALA = re.compile("(?<![\u0621-\u064A])و?على(?![\u0621-\u064A])")
# a pronoun joined to a noun's ta marbuta, which is then written ت: لجنتها، ولايته، حكومتهم
_POSSESSED = ("ته", "تها", "تهم", "تهما")
_PRONOUNS = ("ها", "هم", "هما")


@trait
class ArabicNameWords:
    """Word tests of the Arabic title rules; mixed into `TitleFinder` through `ArabicTitles`."""

    # set by `TitleFinder.__init__`
    _ar_stop: frozenset[str]
    _ar_object: frozenset[str]
    _ar_org: frozenset[str]
    _ar_first: frozenset[str]
    _ar_latin_given: frozenset[str]
    _ar_joined_parts: frozenset[str]  # family-name parts written apart (أوغلو)
    _ar_compound: frozenset[str]
    _ar_masdar_prefixes: tuple[str, ...]
    _ar_given_like_function: frozenset[str]
    _ar_allah: frozenset[str]

    def _stop_ar(self, word: str) -> bool:
        return any(f in self._ar_stop for f in surface_ar(word))

    def _masdar_after(self, word: str) -> bool:
        """A preposition joined to a verbal noun of a derived form: لتمديد، لتبادل، لإطلاق، لانتخاب،
        لاستكمال، بتوقيع. Such a phrase (purpose, means) follows a name and is never part of it.

        The shapes: تفعيل، تفاعل، مفاعلة، إفعال، افتعال/انفعال، استفعال (hamza folded to ا by normalisation).
        A surname such as لاريجاني fits none of them.
        """
        if word in self._ar_first or not word.startswith(self._ar_masdar_prefixes):
            return False
        noun = word[1:]
        n = len(noun)
        if noun.startswith("ت") and ((n == 6 and noun.endswith("ه")) or (n == 7 and noun.endswith("ها"))):
            noun = noun[:5]  # «بتوسيعه», «لتمديدها»: an attached pronoun after the verbal noun
        # not after ب: many surnames read as ب + an ا-word (بايتاس، باسيل، باقري)
        return _derived_masdar(noun, alef_forms=word.startswith("ل"))

    def _definite_masdar(self, word: str) -> bool:
        """A definite verbal noun of a derived form after a name: «نية الوزير فلان الاستقالة» (his
        intention to resign), «قرار فلان الانسحاب». It is what the name's holder does, never a
        family name; a family name of that shape is a nisba and ends in ي (الانصاري، الاتاسي)."""
        if not word.startswith("ال") or word in self._ar_first or word.endswith("ي"):
            return False
        noun = word[2:]
        if noun.endswith("ه"):
            noun = noun[:-1]  # «الاستقالة»: the ta marbuta of a form X noun
            return noun.startswith("است") and len(noun) >= 5
        return _derived_masdar(noun, alef_forms=True)

    def _accusative_masdar(self, word: str) -> bool:
        """An adverbial accusative of a derived verbal noun after a name: «احتجاجا» (in protest),
        «تضامنا», «تعبيرا», «استنكارا» (tanween alif, often written without its sign). The shapes:
        تفعيلا، تفاعلا، افتعالا/انفعالا، استفعالا; no name ends so."""
        if not word.endswith("ا") or word in self._ar_first:
            return False
        n = len(word)
        if n == 6 and word[0] == "ت":
            return word[3] == "ي" or word[2] == "ا"
        if n == 7 and word[0] == "ا" and (word[2] == "ت" or word[1] == "ن"):
            return word[4] == "ا"
        return n == 8 and word.startswith("است") and word[5] == "ا"

    def _given_before_name(self, text: str, tokens: list[Token], k: int) -> bool:
        """A qualifier word that is also a given name (باسم "on behalf of" / Basim) starts the name when
        a given name or the first part of a compound name (عبد، أبو) follows it."""
        if tokens[k].text not in self._ar_first or k + 1 >= len(tokens):
            return False
        nxt = tokens[k + 1].text
        return (text[tokens[k].end:tokens[k + 1].start] == " "
                and (nxt in self._ar_compound or nxt in self._ar_first) and not self._stop_ar(nxt))

    def _given_not_function(self, text: str, tokens: list[Token], k: int) -> bool:
        """«عبد الرزاق علي حسن»: a given name that normalises onto a function word (علي، على), spelled
        as the name, goes on with the name when a given name, a function word or punctuation follows."""
        if text[tokens[k].start:tokens[k].end] not in self._ar_given_like_function:
            return False
        if k + 1 >= len(tokens) or text[tokens[k].end:tokens[k + 1].start] != " ":
            return True  # «قال محمد علي،»: a preposition never ends a clause
        nxt = tokens[k + 1].text
        # a given name goes on with the name; a function word (إن، في) cannot be the preposition's object
        if nxt in self._ar_first or self._stop_ar(nxt):
            return True
        # «محمد علي اللامي», «حسين علي مويني»: a family name with the article follows, or a given
        # name comes before, and the text writes the preposition with its own final letter elsewhere
        # (على), so this spelling is the name's
        if nxt.startswith("ال") and len(nxt) > 3:
            return _PREPOSITION_ALA.search(text) is not None
        # after a given name («حسين علي مويني»), also when the text never writes the preposition at
        # all and writes «علي» nowhere but after given names: the text does not spell على as علي
        return k > 0 and tokens[k - 1].text in self._ar_first and (
            _PREPOSITION_ALA.search(text) is not None or self._ali_only_after_given(text, tokens))

    def _ali_only_after_given(self, text: str, tokens: list[Token]) -> bool:
        """Every word spelled «علي» (not «على») in the text follows a given name."""
        return all(t > 0 and tokens[t - 1].text in self._ar_first
                   for t, tok in enumerate(tokens)
                   if tok.text in self._ar_given_like_function and text[tok.start:tok.end] == tok.text)

    def _function_spelling(self, text: str, tok: Token) -> bool:
        """A word that normalises onto a given name but is written as the function word («على»,
        whose alif maqsura normalisation folds onto ي): «وأكد على ضرورة ...» names no Ali."""
        return tok.text in self._ar_given_like_function and "ى" in text[tok.start:tok.end]

    def _object_noun_ar(self, word: str, definite: bool = False) -> bool:
        """A noun of what a title holder does or holds, bare or in the accusative with its alif;
        with `definite`, with the article too, as after a full name («يزور الوزير فلان الفلاني
        المنفذ»), but for a form ending in ي, which may be a nisba family name (الشرقي)."""
        if definite and word.startswith("ال") and not word.endswith("ي"):
            word = word[2:]
        return word in self._ar_object or accusative_of(word, self._ar_object)

    def _ok_first_ar(self, word: str) -> bool:
        if word in self._ar_first:
            return True
        if len(word) < 3 or self._stop_ar(word) or word in self._ar_org or word.startswith("ال"):
            return False
        if self._object_noun_ar(word) or accusative_of(word, self._ar_org):
            # «ربط حقل», «مؤتمرا صحفيا», «يفتتح الوزير مجمعا»: what the title holder does, holds or
            # opens, not who he is
            return False
        if len(word) >= 6 and word.endswith("ات"):
            return False  # «أستاذ اقتصادات الطاقة»: a feminine plural is the title's field; a name known so is in the table
        if any(f != word and f in self._ar_org for f in surface_ar(word)):
            return False
        if self._norm_digits(word) or self._verb_like(word) or word.startswith("و"):
            return False
        # «لولاية ثانية»، «لتمديد»، «بتوقيع»: a preposition joined to a verbal noun opens a phrase of
        # purpose or means, never a name (a given name such as لطيفة is known and returned above)
        if (word.startswith("ل") and len(word) >= 5 and word.endswith("ه")) or self._masdar_after(word):
            return False
        return True

    def _possessed_ar(self, text: str, tok: Token) -> bool:
        """«عضو لجنتها المركزية»: a noun with a pronoun joined to its ta marbuta, or an organisation
        noun with one («مكتبها»), belongs to the phrase before it; no name ends so. The text, not the
        normalised word, tells ته from a name's ة."""
        word = tok.text
        if len(word) < 5 or word in self._ar_first:
            return False
        if text[tok.start:tok.end].endswith(_POSSESSED):
            return True
        # «عضو مكتبها السياسي»: an organisation noun with its pronoun; «الناطق باسمه» too, where the
        # text writes ه, not the ة of a name like «باسمة»
        return any(word.endswith(p) and word[:-len(p)] in self._ar_org for p in _PRONOUNS) or (
            text[tok.end - 1] == "ه" and word[:-1] in self._ar_org)

    def _article_syllable(self, word: str) -> bool:
        """«كارين فالستروم», «كالديرون»: inside a name, ف or ك before ال is a foreign name's syllable
        (Val-, Cal-), not a conjunction or "like" before a definite noun, which cannot follow a name."""
        return len(word) >= 6 and word[0] in "فك" and word[1:3] == "ال" and not self._stop_ar(word) \
            and not any(f in self._ar_org for f in surface_ar(word))

    def _allah_compound(self, tokens: list[Token], k: int) -> bool:
        """«عبد الكريم حسب الله»: a function word right before الله is a theophoric family name."""
        return tokens[k].text in self._ar_allah and k + 1 < len(tokens) and tokens[k + 1].text == "الله"

    def _noun_not_verb(self, text: str, tok: Token) -> bool:
        """«حسن نافعة»: a word read as a verb only for its first letter (ي، ن) but written with
        ta marbuta, which no verb ends with, goes on with a name. (Normalisation folds ة onto ه, so
        the text says which it is.) Organisation nouns and function words still end the name."""
        word = tok.text
        return (text[tok.start:tok.end].endswith("ة") and word[0] in "ين"
                and self._verb_like(word) and not self._stop_ar(word)
                and not any(f in self._ar_org for f in surface_ar(word)))

    def _family_not_verb(self, text: str, tokens: list[Token], k: int) -> bool:
        """«عمار تاقجوت إن», «، سامي نزاري،»: a word read as a verb for its first letter (ت، ي، ن)
        right after a name's first word, where the clause then ends (a comma, a full stop, إن/أن),
        is a family name: a verb there would have no complement. Future verbs (س) stay verbs. So is
        such a word before a family-name part written apart («كمال تشاووش أوغلو»): no verb takes -oğlu."""
        word = tokens[k].text
        if not self._verb_like(word) or word.startswith(("س", "است")) or self._stop_ar(word) \
                or any(f in self._ar_org for f in surface_ar(word)):
            return False
        return _clause_ends_after(text, tokens, k) \
            or (k + 1 < len(tokens) and tokens[k + 1].text in self._ar_joined_parts
                and tokens[k].end + 1 == tokens[k + 1].start)

    def _set_off_family(self, text: str, tokens: list[Token], k: int, first: int) -> bool:
        """«، محمد طالب،»: a name set off by commas whose given name (token `first`) is followed by a
        listed word (a past verb, a common noun) and then the closing comma: that word is the family
        name, as no verb or noun stands alone between a given name and a comma."""
        if k != first + 1 or first == 0 or tokens[first].text not in self._ar_first:
            return False
        before = text[tokens[first - 1].end:tokens[first].start].strip()
        if not before or before[:1] not in COMMAS:
            return False
        after = text[tokens[k].end:tokens[k + 1].start].strip() if k + 1 < len(tokens) else ""
        return after[:1] in COMMAS and not tokens[k].text.startswith(("ال", "و")) \
            and not any(f in self._ar_org for f in surface_ar(tokens[k].text))

    def _family_not_org(self, text: str, tokens: list[Token], k: int) -> bool:
        """«وزير التربية عزمي محافظة إن»: an organisation noun without its article right after a
        name's first word, where the clause then ends, is a family name: the noun of a body
        («محافظة البصرة») is followed by what it is of."""
        word = tokens[k].text
        return word in self._ar_org and not word.startswith(("ال", "و")) and not self._stop_ar(word) \
            and _clause_ends_after(text, tokens, k)

    def _verb_like(self, word: str, form_x: bool = True) -> bool:
        # imperfect verbs (يزور، تستضيف، سيلتقي) start with ي ت ن or س + one of them; form X verbs
        # and their nouns (استقال، استقالته، استبعد) with است. A listed organisation noun that
        # fits the shape (تصريف in «حكومة تصريف الأعمال», تنظيم، تيار) is a noun, never a verb
        if word in self._ar_first or word in self._ar_org or word in self._ar_latin_given:
            return False
        if word.endswith("و") and len(word) >= 5 and not (word[0] == "س" and len(word) == 5):
            return False  # «نغيسو»: no verb of five letters ends in و but a future one («سيدعو»); a foreign name
        if word.endswith("نغ") and len(word) >= 4:
            return False  # «تشانغ»: no Arabic verb ends in ng; an East Asian name («يانغ», «تشينغ»)
        if word[:1] == "س" and word.endswith("ا") and not word.endswith("وا"):
            return False  # «سيكيلا»: the future prefix takes no subjunctive ending; a foreign name
        if form_x and len(word) >= 5 and word.startswith("است"):
            return True
        if len(word) >= 4 and word[0] in "يتن":
            return True
        return len(word) >= 5 and word[0] == "س" and word[1] in "يتن"

    @staticmethod
    def _norm_digits(word: str) -> bool:
        return any(ch.isdigit() for ch in word) or word.isascii()


def accusative_of(word: str, *nouns: frozenset[str]) -> bool:
    """Whether `word` is a noun of `nouns` in the accusative, written with its alif («مؤتمرا»,
    «مجمعا», «رئيسا»)."""
    return word.endswith("ا") and any(word[:-1] in table for table in nouns)


def _derived_masdar(noun: str, alef_forms: bool) -> bool:
    """Whether `noun` has the shape of a derived verbal noun: تفعيل، تفاعل، مفاعلة، and with `alef_forms`
    إفعال، افتعال/انفعال، استفعال (hamza folded to ا by normalisation)."""
    n = len(noun)
    if noun.startswith("ت") and n == 5:
        return noun[3] == "ي" or noun[2] == "ا"  # تمديد، تعزيز / تبادل، تفاوض
    if noun.startswith("م") and n == 6 and noun[2] == "ا" and noun.endswith("ه"):
        return True  # مفاعلة: مساءلة، مطالبة، محاكمة، مشاركة
    if noun.startswith("ا") and alef_forms:
        if noun.startswith("است") and n >= 6:
            return True
        return (n == 5 and noun[3] == "ا") or (n == 6 and noun[4] == "ا")  # إطلاق / انتخاب، اعتماد
    return False


def _clause_ends_after(text: str, tokens: list[Token], k: int) -> bool:
    # a comma, a full stop or إن/أن after token k, or the text's end
    if k + 1 >= len(tokens):
        return True
    gap = text[tokens[k].end:tokens[k + 1].start].strip()
    if gap:
        return gap[:1] in COMMAS or gap[:1] == "."
    return tokens[k + 1].text in _CLAUSE_AFTER_NAME


def li_construct(tokens: list[Token], k: int) -> bool:
    """«لدرس التعديلات», «لنقل الطاقة الكهربائية»: «لـ» and a noun governing a definite noun open a
    purpose or a body's task. A surname with «ل» («لعمامرة») is followed by a nisba, a verb or a
    preposition, not by a definite noun in construct; a nisba after it (ending in ي) is let through.
    Never for a given name («ليلى الدرويش», «البابا ليون الرابع عشر»), and inside a name only after
    two of its words."""
    word = tokens[k].text
    if len(word) < 3 or word[0] != "ل" or word.startswith("لل") or k + 1 >= len(tokens):
        return False
    # «لضبط جدول توزيع المياه»: the construct may run over one or two indefinite nouns first
    for m in range(k + 1, min(k + 4, len(tokens))):
        nxt = tokens[m].text
        if tokens[m - 1].end + 1 != tokens[m].start:
            return False
        if nxt.startswith("ال"):
            return len(nxt) > 3 and not nxt.endswith(_NISBA_ENDS)
        if nxt.startswith(("و", "ف")) or len(nxt) < 3:
            return False
    return False


_NISBA_ENDS = ("ي", "يه", "يين", "يون")
