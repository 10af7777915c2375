"""A rule-based English rendering of Arabic personal names that are not in the gazetteer.

Common names come from the table in `data/gazetteer/translit_ar.json` (محمد -> Mohammed,
عبد الله -> Abdullah, حسين -> Hussein); other words are spelled letter by letter with a short
vowel guessed between consonants, and the article becomes "al-" (الشرع -> al-Shara).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from claimtracker.config import DATA_DIR
from claimtracker.extract.gazetteer_data import read_entries
from claimtracker.extract.translit_latin import Latin
from claimtracker.extract.translit_learned import NAME_LINKS, learned_group, learned_spellings
from claimtracker.extract.translit_spell import spell
from claimtracker.text import normalize_text

# Persian has v where Arabic has w, but for the diphthong after o (Owji)
_V_NOT_AFTER_O = re.compile(r"(?<![oO])w")
# prefixes a Maghrebi family name writes joined to a given name (بلقاسم Belkacem, بنعمر Benomar)
_JOINED_FR = {"بل": "Bel", "بن": "Ben"}
# sounds no European language has, which Arabic writes only in its own names
_ARABIC_ONLY = frozenset("عحصضطظقثذ")


class Transliterator:
    def __init__(self, table: dict, short: str = "a", final_y: bool = False,
                 learned: Mapping[str, Mapping[str, str]] | None = None) -> None:
        self._learned = learned or {}  # family names as the gazetteer's people spell them (translit_learned.py)
        self._short = short  # the short vowel guessed between consonants (the French style's is e)
        self._final_y = final_y  # a final ي after a consonant is -y (Egypt: Madbouly, Fahmy)
        self._names = {normalize_text(k): v for k, v in table.get("names", {}).items()}
        # spellings alone: a given name here does not start a person's name (`first_names`)
        self._spellings = {normalize_text(k): v for k, v in table.get("spellings", {}).items()}
        self._pairs = {normalize_text(k): v for k, v in table.get("pairs", {}).items()}
        french = {normalize_text(k): v for k, v in table.get("names_french", {}).items()}
        self._names_fr = {k: v for k, v in french.items() if " " not in k}
        self._pairs_fr = {k: v for k, v in french.items() if " " in k}
        self._letters = table.get("letters", {})
        self._latin_letters = {normalize_text(name): letter for letter, names in table.get("latin_letters", {}).items()
                               for name in names}
        # the French style's letters over the others, merged once: every unknown Maghrebi word is spelled with them
        self._letters_fr = {**self._letters, **table.get("letters_french", {})}
        # given names carry no article: "السيد" is Mr, and al-Sayed only as a surname
        self._first = [normalize_text(k) for k in table.get("first_names", [])]
        self._first += [k for k in self._names if not k.startswith("ال")]
        self._styles = {code: style for style, codes in table.get("styles", {}).items() for code in codes}
        # latin-style countries whose people do not bear Arab given names (Wang is not an Arab name
        # there, whatever the names table holds)
        self._latin_only = frozenset(table.get("latin_only", []))
        # Persian names (Iran, Afghanistan): their own given names and letters (ق gh, a consonant و
        # v), e between consonants and a final ta marbuta -eh: محمد جواد Mohammad Javad, باقري Bagheri
        persian = table.get("names_persian")
        self._persian: Transliterator | None = None
        if persian is not None:
            # the English spellings table is not Iran's (Mohsen, Mehdi are the Persian table's)
            rest = {k: v for k, v in table.items()
                    if not k.startswith(("names_persian", "letters_persian", "spellings", "names_egypt",
                                         "letters_egypt"))}
            rest["names"] = {**table.get("names", {}), **persian}
            rest["letters"] = {**table.get("letters", {}), **table.get("letters_persian", {})}
            self._persian = Transliterator(rest, short="e")
        # Egyptian names: ج is g (Gamal, Ragab) and a final ي after a consonant -y (Shoukry),
        # with Egypt's own given names (Mohamed, Mostafa, Hany)
        egypt = table.get("names_egypt")
        self._egypt: Transliterator | None = None
        if egypt is not None:
            base = {k: v for k, v in table.items()
                    if not k.startswith(("names_egypt", "letters_egypt", "names_persian", "letters_persian"))}
            base["names"] = {**table.get("names", {}), **{k: v for k, v in egypt.items() if " " not in k}}
            base["pairs"] = {**table.get("pairs", {}), **{k: v for k, v in egypt.items() if " " in k}}
            base["letters"] = {**table.get("letters", {}), **table.get("letters_egypt", {})}
            self._egypt = Transliterator(base, final_y=True)
        self._given_with_article = frozenset(normalize_text(k) for k in table.get("given_with_article", []))
        self._brand_words = {normalize_text(k): v for k, v in table.get("brand_words", {}).items()}
        self._persian_suffixes = {normalize_text(k): v for k, v in table.get("persian_suffixes", {}).items()}
        self._names_gulf = {normalize_text(k): v for k, v in table.get("names_gulf", {}).items()}
        self._names_country = {code: {normalize_text(k): v for k, v in names.items()}
                               for code, names in table.get("names_country", {}).items()}
        self._latin = Latin(
            {normalize_text(k): v for k, v in table.get("names_latin", {}).items()},
            sorted(((normalize_text(k), v) for k, v in table.get("endings_latin", {}).items()),
                   key=lambda kv: -len(kv[0])),
            {**self._letters, **table.get("letters_latin", {})},
            table.get("letters_latin_country", {}),
            {normalize_text(k): (v[0], v[1]) for k, v in table.get("joined_suffixes_latin", {}).items()},
            list(table.get("regions_latin", {}).values()),
            {k: v for k, v in self._names.items() if not k.startswith("ال") and k not in NAME_LINKS})

    @classmethod
    def load(cls, data_dir: Path = DATA_DIR, learned: bool = True) -> Transliterator:
        """The data directory's tables; `learned=False` leaves out the spellings learned from the
        gazetteer's people, so that the rules alone spell (their tests)."""
        return _load_resolved(data_dir) if learned else _load_cached(Path(data_dir).resolve(), learned=False)

    def first_names(self) -> list[str]:
        return list(self._first)

    def joined_parts(self) -> list[str]:
        """Family-name parts written apart (أوغلو), normalised: the word before one is a name."""
        return self._latin.joined_parts()

    def latin_given_names(self) -> list[str]:
        """European and American given names as Arabic writes them (`names_latin`), normalised."""
        return self._latin.given_names()

    def regional_given_names(self) -> list[str]:
        """One-word given names of the regional spelling tables (the Maghreb's, Egypt's, the Gulf's,
        single countries'): names, though not all of them open a name the way `first_names` do."""
        tables = [self._names_fr, self._names_gulf, *self._names_country.values()]
        if self._egypt is not None:
            tables.append({k: v for k, v in self._egypt._names.items() if k not in self._names})
        return [k for table in tables for k in table if " " not in k and not k.startswith("ال")]

    def given_with_article(self, word: str) -> bool:
        """A given name written with the article in the Maghreb and Mauritania (الحسين، المختار)."""
        return word in self._given_with_article

    def style(self, country: str | None) -> str | None:
        """How names of a country's people are romanised: "french" (Maghreb), "somali" (Horn),
        "levant" (Jordan, Palestine, Lebanon, Syria), "egypt", or None."""
        return self._styles.get(country) if country else None

    def render(self, words: list[str], country: str | None) -> str:
        """English rendering of a name (normalised Arabic words) of a person of `country`: the
        country's style, and its own spellings of given names (Youssef in Morocco, Youcef in Algeria)."""
        acronym = self.acronym(words)
        if acronym:
            return acronym
        # «... أوغلو» is a Turkish family name wherever the text is (an Arab country's paper)
        country = self._latin.joined_country(words) or country
        style = self.style(country)
        own = self._names_country.get(country or "", {})
        learned = self._learned.get(learned_group(style, country) or "")
        if learned:
            french = style == "french"
            own = {**{w: learned[w] for w in words if w in learned and not self._known(w, french)
                      and not (w.startswith("ال") and self._known(w[2:], french))}, **own}
        # «أحمد الشريف», «محمد عبد الرؤوف» end as Lavrov does; an Arab given name before a family
        # name with the article is an Arab name
        slavic = self._latin.slavic(words) and not (words[-1].startswith("ال") and self._arab_given(words))
        if style is None and country is None and slavic:
            style = "latin"  # Lavrov-like endings name a Slavic person wherever the text is
        if style is None and len(words) > 1 and self._latin.known(words[0]) and (
                not self._arab_table(words[0])
                # «جان لوك مارتان»: Jean is Lebanese too, but a name all of European names is European
                or all(self._latin.known(w) and not self._arab_table(w) for w in words[1:])):
            # a European or American given name outside the Arab styles' countries (South Sudan's
            # Gabriel, a visiting Michael): the name was written from a Latin alphabet
            style = "latin"
        if style != "latin" and len(words) > 1 and all(self._written_from_latin(w) for w in words) \
                and not self._given_anywhere(words[0]):
            # no word of the Arabic tables, no article, none of Arabic's own sounds: a name written
            # from a Latin alphabet (Ardian Krasniqi, Dagvin Anderson), whatever the text's country
            style = "latin"
        # an Arab given name before a family name with the article is an Arab's name even in Turkey
        # («ماهر العبيد، الباحث في غازي عنتاب»): Turkish and East Asian names never take the article
        arab = self._arab_given(words)
        if style == "latin" and (not arab or (country in self._latin_only and not words[-1].startswith("ال"))):
            return self._latin.name(words, country, own)
        if style == "latin":
            # an Arab name of a European or American citizen (Ahmed, Rachida), or an Azeri's or
            # Uzbek's: a family name on a Slavic ending is still read back (Rashid Meredov)
            if slavic:
                return " ".join([self.name(words[:-1], own=own), self._latin.word(words[-1], country)])
            style = None
        elif words and self._latin.known(words[0]) and not self._arab_table(words[0]):
            # a European given name in an Arab country's style (a Lebanese Michel, a banker in Dubai
            # named Simon): the given name as Europe writes it, the family name the country's way
            own = {**own, words[0]: self._latin.given(words[0])}
        # a Persian family-name part (نيا، زاده) marks the name as Persian whatever the text's
        # country (an Iranian official quoted in an Omani paper); no Arab name ends in one
        suffix = self._persian_suffixes.get(words[-1]) if len(words) > 2 else None
        if suffix and style != "latin":
            style = "persian"
        if style == "persian" and self._persian is not None:
            # Persian names carry no article (الموسوي Mousavi), and have v for w; the family-name
            # part is written joined to the word before it (Mohammadinia, Ahmadinejad)
            stem = words[:-1] if suffix else words
            spelled = " ".join(w[3:4].upper() + w[4:] if w.startswith("al-") else w
                               for w in self._persian.name(stem, levant=True).split(" "))
            spelled = _V_NOT_AFTER_O.sub("v", spelled).replace("W", "V")
            return spelled + suffix if suffix else spelled
        if style == "egypt" and self._egypt is not None:
            return self._egypt.name(words, own=own)
        if style == "gulf":
            own = {**self._names_gulf, **own}  # Saeed, Khalid: the Gulf's own spellings
        return self.name(words, style == "french", style == "somali", style == "levant", own, country is not None)

    def brand(self, words: list[str], country: str | None) -> str:
        """A firm's quoted name: English words Arabic writes out («إنفينيتي باور» Infinity Power) read
        back through `brand_words`, the other words spelled as a name; a name with none is a name."""
        if not any(w in self._brand_words for w in words):
            return self.render(words, country)
        return " ".join(self._brand_words.get(w) or self.render([w], country) for w in words)

    def acronym(self, words: list[str]) -> str | None:
        """«إتش كيه إن» -> "HKN": two or more words that are all names of Latin letters spell an
        acronym out, as Arabic writes a firm's or channel's initials; None otherwise."""
        letters = [self._latin_letters.get(w) for w in words]
        return "".join(letters) if len(letters) >= 2 and all(letters) else None  # type: ignore[arg-type]

    def name_word(self, word: str) -> bool:
        """Whether a normalised word, with or without its article, is a name word of the Arabic
        tables (given names and family names)."""
        return self._arab_table(word) or self._arab_table(word.removeprefix("ال"))

    def _arab_table(self, word: str) -> bool:
        """A word of the Arabic tables (ريان Rayan as well as Ryan): not read as a European name."""
        return word in self._names or word in self._spellings or word in self._names_fr

    def _written_from_latin(self, word: str) -> bool:
        """A name word with no article, of no Arabic table, and none of the letters only Arabic
        names need (ع ح ص ض ط ظ ق ث ذ): read from a Latin alphabet."""
        return not word.startswith("ال") and not self._arab_table(word) and word not in NAME_LINKS \
            and _ARABIC_ONLY.isdisjoint(word)

    def _given_anywhere(self, word: str) -> bool:
        """A given name of any regional table (the Gulf's, Egypt's, Iran's, one country's)."""
        return word in self._names_gulf or any(word in t for t in self._names_country.values()) \
            or (self._egypt is not None and word in self._egypt._names) \
            or (self._persian is not None and word in self._persian._names) or word in self._first

    def two_word_name(self, first: str, second: str) -> bool:
        """«سيف الإسلام», «نور الدين»: the two normalised words are one given name of the table."""
        return f"{first} {second}" in self._pairs

    def _arab_given(self, words: list[str]) -> bool:
        """The name opens on a given name of the Arabic tables (not a European one written in Arabic)."""
        first = words[0] if words else ""
        if self._latin.known(first):
            return False
        return first in self._names or first in self._names_fr or first in self._spellings or first in ("عبد", "ابو") \
            or any(key.startswith(first + " ") for key in self._pairs)

    def name(self, words: list[str], french: bool = False, somali: bool = False, levant: bool = False,
             own: Mapping[str, str] | None = None, article_given: bool = False) -> str:
        """English rendering of a name given as normalised Arabic words.

        `french`: Maghrebi names are romanised the French way (بوشوارب -> Bouchouareb-like, ش -> ch).
        `somali`: Somali and Djiboutian names write عبد + a name as one word with -i-
        (عبد الرحمن -> Abdirahman, عبد الرزاق -> Abdirazak): the Somali spelling, not the Levantine.
        `levant`: a final ta marbuta is written -eh, the Levantine habit (الطراونة -> Tarawneh).
        `own`: given names a country or region spells its own way, before the other tables.
        `article_given`: a given name written with the article (الطيب) keeps it (Al-Tayeb), as Sudan and
        the East write it; the Maghreb and Mauritania, and a name of no known country, drop it.
        """
        out: list[str] = []
        i = 0
        while i < len(words):
            if somali and words[i] == "عبد" and i + 1 < len(words):
                out.append(self._abdi(words[i + 1]))
                i += 2
                continue
            if i + 1 < len(words):
                key = f"{words[i]} {words[i + 1]}"
                pair = (french and self._pairs_fr.get(key)) or self._pairs.get(key)
                if pair:
                    out.append(pair)
                    i += 2
                    continue
            word = words[i]
            if i == 0 and word in self._given_with_article and len(words) > 1:
                # the stem's own spelling (حسين Houssein in the Maghreb), else the table's spelling
                # of the whole word (الطيب al-Tayeb), not a letter reading of the stem (Tib)
                stem = (own or {}).get(word[2:]) or self._known(word[2:], french) \
                    or _after_article(self._known(word, french)) or self.word(word[2:], french, levant)
                out.append("Al-" + stem[:1].upper() + stem[1:] if article_given and not french else stem)
                i += 1
                continue
            if own and word in own:
                out.append(own[word])
                i += 1
                continue
            if i + 1 < len(words) and words[i + 1] == "الله" and word not in ("عبد", "بن", "ابن", "ابو"):
                # X + الله is written as one word: نصر الله Nasrallah, خلف الله Khalafallah
                out.append(self.word(word, french, levant) + "allah")
                i += 2
                continue
            after = words[i + 1] if i + 1 < len(words) else ""
            if word in ("بن", "ابن"):
                out.append("Ben" if french else "bin")  # Maghrebi names: Ben Ammar, Ben Salah
            elif word == "ابو":
                out.append("Abu")
            elif word == "عبد" and after.startswith("ال") and len(after) > 3:
                # عبد + a divine name is one name and the article goes into Abdel: عبد الرازق
                # Abdel Razeq (not Abdel al-Razeq); the Maghreb writes it as one word (Abdelkrim)
                rest = self._known(after[2:], french) or self._spell(after[2:], french, levant)
                out.append("Abdel" + rest.lower() if french else "Abdel " + rest)
                i += 1
            elif word == "عبد" and i + 1 < len(words):
                out.append("Abdel")
            else:
                out.append(self.word(word, french, levant))
            i += 1
        return " ".join(w for w in out if w)

    def _abdi(self, nxt: str) -> str:
        """عبد + the next word, the Somali way: Abdi + the name without its article, one word;
        a doubled consonant (a shadda Arabic does not write) is written once, as Somali spells it."""
        pair = (self._pairs.get(f"عبد {nxt}") or "").replace(" ", "")
        if pair == "Abdullah":
            return "Abdullahi"
        prefix = next((p for p in ("Abdul", "Abdel", "Abd") if pair.startswith(p)), None)
        if prefix:
            rest = pair[len(prefix):].lower()
        else:
            rest = self.word(nxt[2:] if nxt.startswith("ال") and len(nxt) > 3 else nxt).lower()
        rest = "".join(ch for k, ch in enumerate(rest) if not k or ch != rest[k - 1])
        return "Abdi" + rest

    def word(self, word: str, french: bool = False, levant: bool = False) -> str:
        known = self._known(word, french)
        if known:
            return known
        if word.startswith("ال") and len(word) > 3:
            # a family name with the article takes the style's ending too: Egypt's -y (El-Gendy,
            # El-Desouky, as the golds spell them more often than session 15's al-Sonbati)
            bare = self._known(word[2:], french) or self._tribal(word[2:], french) \
                or self._spell(word[2:], french, levant)
            return ("el-" if french else "al-") + bare
        if french and word[:2] in _JOINED_FR and len(word) >= 5:
            # Maghrebi family names join بل/بن to a given name: بلمختار Belmokhtar, بنعيسى Benaissa
            rest = self._names_fr.get(word[2:]) or self._names.get(word[2:])
            if rest:
                return _JOINED_FR[word[:2]] + rest.lower()
        return self._spell(word, french, levant)

    def _tribal(self, stem: str, french: bool) -> str | None:
        """A family nisba on the diminutive فُعَيْل (after the article): فُعَيْلي is u-ai-i, النجيفي-like
        al-Nujaifi, الخريجي al-Khuraiji, and O where it opens on ع (العقيلي al-Oqaili). The nisba of a
        known given name is spelled on it, whichever its pattern (الشريفي al-Sharifi, السهيلي
        al-Suhaili). The Maghreb's (Mechichi) and Iran's (Jalili) names of this shape are فَعِيلي, so
        neither is for their styles."""
        if french or self._short != "a" or len(stem) != 5 or stem[2] != "ي" or stem[4] != "ي":
            return None
        given = self._known(stem[:-1], french)
        if given:
            return given + "i"
        c1, c2, c3 = (self._letters.get(ch, "") if ch not in "اويء" else "" for ch in (stem[0], stem[1], stem[3]))
        if not (c1 and c2 and c3):
            return None
        opening = "O" if stem[0] == "ع" else c1.capitalize() + "u"
        return f"{opening}{c2}ai{c3}i"

    def _known(self, word: str, french: bool) -> str | None:
        """A whole word's table spelling: the Maghreb's own, the names, then the spellings table
        (English press usage, which the Maghreb's French spellings do not follow)."""
        return (french and self._names_fr.get(word)) or self._names.get(word) \
            or (None if french else self._spellings.get(word))

    def _spell(self, word: str, french: bool = False, levant: bool = False, final_y: bool | None = None) -> str:
        letters = self._letters_fr if french else self._letters
        return spell(word, letters, self._short, self._final_y if final_y is None else final_y, french, levant)


@lru_cache(maxsize=8)
def _load_cached(data_dir: Path, learned: bool = True) -> Transliterator:
    path = data_dir / "gazetteer" / "translit_ar.json"
    table = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    if not learned:
        return Transliterator(table)
    styles = {code: style for style, codes in table.get("styles", {}).items() for code in codes}
    return Transliterator(table, learned=learned_spellings(read_entries(data_dir), styles))


@lru_cache(maxsize=8)
def _load_resolved(data_dir: Path) -> Transliterator:
    # asked for per article: resolving the path each time (file system calls) cost more than the lookup
    return _load_cached(Path(data_dir).resolve())


def _after_article(spelled: str | None) -> str | None:
    """A table spelling without its article ("al-Tayeb" -> "Tayeb"); None for one written without."""
    if spelled and spelled[:3].lower() in ("al-", "el-"):
        return spelled[3:]
    return None
