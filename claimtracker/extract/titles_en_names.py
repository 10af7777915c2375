"""Where an English name starts and ends: the run of capitalised name words beside a title or a
speech verb, read forward after a title or backward before a verb.

A name word is capitalised and is no stopword, organisation word, title word or acronym; a name
takes particles between capitalised words ("Ursula von der Leyen"), the lowercase half of a hyphened
or apostrophed word ("Kim Jong-un", "Mata'afa"), a generation after it ("Marcos Jr"), and a common
word as a surname right after a given name ("Anita Among said"). Kept apart from the title scan
(`titles_en.py`), which calls these on every title and speech verb it finds.
"""

from __future__ import annotations

from claimtracker.extract.names_index import NameIndex
from claimtracker.extract.native import trait
from claimtracker.extract.phrases import Token, gap_ok, sentence_start
from claimtracker.extract.titles_hit import MAX_NAME

# what follows an apostrophe in English words that are not names ("People's", "don't", "they'll")
_CONTRACTIONS = frozenset({"s", "t", "ll", "re", "ve", "d", "m"})
# a generation after a full name (not "I", "V" or "X", which read as words or letters)
_GENERATIONS = frozenset({"Jr", "Sr", "II", "III", "IV"})


@trait
class EnglishNameWords:
    """The bounds of an English name; mixed into `EnglishTitles`."""

    # set by `TitleFinder.__init__`
    _titles: dict[str, NameIndex[str]]
    _en_stop: frozenset[str]
    _en_given: frozenset[str]
    _en_title_words: frozenset[str]
    _en_org: frozenset[str]
    _en_particles: frozenset[str]
    _en_saints: frozenset[str]  # San, Santa, St: the name after them is a place's
    _en_hyphen_stop: frozenset[str]
    _en_verbs_after: frozenset[str]
    _en_retired: frozenset[str]

    def _retired_mark(self, text: str, tokens: list[Token], k: int) -> bool:
        """Whether token k is a bracketed retirement mark after a rank: "Gen (retd) ", "(ret.) "."""
        if k == 0 or k + 1 >= len(tokens) or tokens[k].text not in self._en_retired:
            return False
        return (text[tokens[k - 1].end:tokens[k].start] == " ("
                and text[tokens[k].end:tokens[k + 1].start] in (") ", ".) "))

    def _hyphen_part(self, text: str, a: Token, b: Token, word: str) -> bool:
        """A lowercase word joined by a hyphen to a capitalised one, and no compound suffix
        ("Smith-led", "Paris-based")."""
        # (or, read forwards, to such a lowercase word itself, the name going on: "Chan-o-cha")
        return (text[a.end:b.start] == "-" and word.isalpha() and word.islower()
                and (a.text[:1].isupper() or (a.text != word and text[a.start - 1:a.start] == "-"))
                and word not in self._en_hyphen_stop)

    @staticmethod
    def _apostrophe_part(text: str, a: Token, b: Token, word: str) -> bool:
        """A lowercase word joined by an apostrophe to a capitalised one, and no contraction or
        possessive: "Ching'andu", "Ba'aboud", "Mata'afa" are one name word each, and so is a
        Polynesian name on a final vowel after its glottal stop ("Tupouto'a")."""
        return (text[a.end:b.start] in ("'", "’") and word.isalpha() and word.islower()
                and (len(word) >= 2 or word in "aeiou")
                and word not in _CONTRACTIONS and a.text[:1].isupper())

    @staticmethod
    def _capitalised_half(text: str, tokens: list[Token], k: int) -> bool:
        """tokens[k] is a capitalised word joined by a hyphen to another one ("Gerrit-Jan", "Jan-Peter")."""
        word = tokens[k].text
        if not (word[:1].isupper() and word.isalpha()):
            return False
        return any(0 <= o < len(tokens) and text[tokens[min(k, o)].end:tokens[max(k, o)].start] == "-"
                   and tokens[o].text[:1].isupper() and tokens[o].text.isalpha() for o in (k - 1, k + 1))

    def _title_within(self, text, tokens, i, n) -> bool:
        index = self._titles["en"]
        for k in range(i, min(i + n, len(tokens))):
            if k > i and text[tokens[k - 1].end:tokens[k].start] not in (" ", "'", "'s ", "-"):
                if "," in text[tokens[k - 1].end:tokens[k].start] or "." in text[tokens[k - 1].end:tokens[k].start]:
                    return False
            if index.match_at(text, tokens, k) is not None:
                return True
            if tokens[k].text in self._en_verbs_after:
                return False  # "South America, spoke in Lima after meeting Prime Minister X": a clause
        return False

    def _common_word_surname(self, text: str, tokens: list[Token], k: int) -> bool:
        """A capitalised common word or title word right after a lone given name, inside a sentence
        and before a lowercase word, is the surname ("Anita Among said", "Madeleine King could"): a
        sentence capitalises no function word there, and a title-case headline capitalises the next
        word too."""
        word = tokens[k].text
        if not word[:1].isupper() or not word[1:].islower() or len(word) < 3 or k + 1 >= len(tokens) \
                or sentence_start(text, tokens[k].start) or text[tokens[k - 1].end:tokens[k].start] != " " \
                or word.lower() in self._en_particles or word in self._en_org:
            return False  # "General Border Committee meets": an organisation's name
        nxt = tokens[k + 1].text
        return text[tokens[k].end:tokens[k + 1].start] in (" ", ", ") and nxt[:1].islower()

    def _name_word_en(self, word: str) -> bool:
        if not word[:1].isupper():
            return False  # tested first: most words fail here
        if word in self._en_stop or word in self._en_org or word.lower() in self._en_title_words:
            return False
        if len(word) > 1 and word.isupper() and len(word) > 2:
            return False  # acronyms: UN, NATO, AFP
        return True

    def _name_en(self, text: str, tokens: list[Token], k: int, forward: bool) -> list[int]:
        """A run of capitalised name words starting (forward) or ending (backward) at token k."""
        if k < 0 or k >= len(tokens):
            return []
        given = forward and tokens[k].text in self._en_given and k + 1 < len(tokens) \
            and text[tokens[k].end:tokens[k + 1].start] == " " and self._name_word_en(tokens[k + 1].text)
        # "A. B. Perera": an initial opens a name though the letter alone reads as a word
        given = given or (forward and _initial(text, tokens[k]) and k + 1 < len(tokens)
                          and (_initial(text, tokens[k + 1]) or self._name_word_en(tokens[k + 1].text)))
        if not given and not self._name_word_en(tokens[k].text) and (
                forward or k == 0 or not (self._hyphen_part(text, tokens[k - 1], tokens[k], tokens[k].text)
                                          or self._apostrophe_part(text, tokens[k - 1], tokens[k], tokens[k].text))):
            return []  # (read backwards, a name may end on the lowercase half of "Yu-ting")
        out = [k]
        step = 1 if forward else -1
        k += step
        initials = 0  # "R.M.A.L. Rathnayake": initials do not count towards a name's length
        while 0 <= k < len(tokens) and len(out) - initials < MAX_NAME:
            a, b = (tokens[k - 1], tokens[k]) if forward else (tokens[k], tokens[k + 1])
            if not gap_ok(text, a.end, b.start, "en", len(a.text)):
                break
            word = tokens[k].text
            if forward and _initial(text, b) and _initial(text, a):
                out.append(k)  # a run of initials ("A" of R.M.A.L. is no article)
                initials += 1
                k += step
                continue
            if word in self._en_particles:
                # particles belong to the name only with a capitalised word on their other side
                nxt = k
                while 0 <= nxt < len(tokens) and tokens[nxt].text in self._en_particles:
                    nxt += step
                if 0 <= nxt < len(tokens) and self._name_word_en(tokens[nxt].text):
                    while k != nxt:
                        out.append(k)
                        k += step
                    continue
                break
            if not self._name_word_en(word):
                if forward and len(out) == 1 and self._common_word_surname(text, tokens, k):
                    out.append(k)  # "Speaker Anita Among said", "Minister Madeleine King could"
                    break
                if not forward and len(out) == 1 and word in self._en_given and not self._capitalised_half(text, tokens, k):
                    out.append(k)  # "Christian Schmidt said": a word that is also a given name opens it
                    break
                if self._hyphen_part(text, a, b, word) or (forward and self._apostrophe_part(text, a, b, word)) or (
                        # "Gerrit-Jan", "Jan-Peter": a capitalised half joined by a hyphen, though alone
                        # it reads as a common word (Jan, the month)
                        self._capitalised_half(text, tokens, k)) or (
                        forward and word[:1].isupper() and k + 1 < len(tokens)
                        and self._hyphen_part(text, b, tokens[k + 1], tokens[k + 1].text)):
                    # "Park Soo-min", "Kim Jong-un": the lowercase half of a given name, and a first
                    # half that alone would be a common word ("Kim Do-hyun")
                    out.append(k)
                    k += step
                    continue
                break
            if not forward and sentence_start(text, tokens[k + 1].start):
                break
            out.append(k)
            k += step
        if not forward:
            out.reverse()
            # a sentence-initial word before a name is a common word unless it looks like a name
            while len(out) > 2 and tokens[out[0]].text in self._en_stop:
                out.pop(0)
        while out and tokens[out[-1]].text in self._en_particles:
            out.pop()
        # a lowercase particle does not open a name; a capitalised one may ("Abu Khalil", "Al Burhan")
        while out and tokens[out[0]].text in self._en_particles and (
                not tokens[out[0]].text[:1].isupper() or len(out) < 2):
            out.pop(0)
        if out and out[0] > 0 and tokens[out[0] - 1].text in self._en_saints \
                and text[tokens[out[0] - 1].end:tokens[out[0]].start] == " ":
            return []  # "a researcher in San Pedro Sula": a place named after a saint, no person
        if forward and len(out) >= 2 and out[-1] + 1 < len(tokens) and tokens[out[-1] + 1].text in _GENERATIONS \
                and text[tokens[out[-1]].end:tokens[out[-1] + 1].start] == " ":
            out.append(out[-1] + 1)  # "Faustino Dy III", "Ferdinand Marcos Jr": the suffix is part of the name
        return out


def _initial(text: str, token: Token) -> bool:
    """A capital letter written as an initial, with its full stop right after it."""
    return len(token.text) == 1 and token.text.isupper() and text.startswith(".", token.end)
