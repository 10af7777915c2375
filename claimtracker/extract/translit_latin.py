"""Reading back a European or American name that Arabic wrote from a Latin alphabet.

Arabic writes such names with their vowels (ي for i and e, و for o and u, ا for a), so the Arabic
rules' guessed short vowel between two consonants is wrong there: فراتين is Fratin, not Faratin.
Only a run of three consonants, or a consonant before a final ر or ل, hides an e (Gilberto,
Cooper). Common given names come whole from a table (C and K, G and J cannot be told apart by
letter), so do family-name endings (ـوف -ov, ـسكي -sky, ـنكو -nko); some letters stand for another
Latin one by the name's language (ج is g in Italian, ف is v in Slavic names). `Transliterator`
(`translit.py`) uses this for the countries of its `latin` style.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

_VOWELS = frozenset("aeiouy")
_LONG = frozenset("اوي")
# consonants that open a word together in European names: a stop or f/v before r or l (Fratin,
# Claudio), s before a consonant (Stefan, Smirnov), and the Slavic dm, lv, zb, ts, sh, ch (Dmytro, Lvova)
_LIQUIDS = frozenset(("r", "l"))
_S_FIRST = frozenset(("s", "sh", "ch", "z", "zh"))
_SLAVIC_ONSETS = frozenset((("d", "m"), ("l", "v"), ("z", "b"), ("t", "s"), ("k", "h"), ("k", "v"), ("t", "v"),
                            ("d", "v"), ("s", "v"), ("g", "v"), ("m", "r")))


class Latin:
    def __init__(self, names: Mapping[str, str], endings: Sequence[tuple[str, str]],
                 letters: Mapping[str, str], by_country: Mapping[str, Mapping[str, str]],
                 joined: Mapping[str, tuple[str, str]] | None = None,
                 regions: Sequence[Mapping] = (), others: Mapping[str, str] | None = None) -> None:
        self._names = dict(names)
        # the other tables' whole words, after this one's: names Arabic writes one known way whatever
        # the person's country (نتنياهو Netanyahu, بينيت Bennett, حداد Haddad)
        self._others = dict(others or {})
        # family-name parts written apart and joined in Latin letters (أوغلو -oğlu), with the country they mark
        self._joined = dict(joined or {})
        self._endings = list(endings)  # longest first
        self._letters = dict(letters)
        self._by_country = {code: dict(table) for code, table in by_country.items()}
        # a region's letters and word-opening clusters (Africa's Ng-, Mb-: Nguema, Mbasogo), by country
        self._region_letters = {code: dict(r.get("letters", {})) for r in regions for code in r.get("countries", [])}
        self._region_onsets = {code: frozenset(tuple(pair.split()) for pair in r.get("onsets", []))
                               for r in regions for code in r.get("countries", [])}
        self._slavic_endings = tuple(k for k, v in self._endings if v.startswith(("ov", "ev", "sk", "nko", "enko")))

    def given_names(self) -> list[str]:
        """The given names of the European and American table (those `known` tells)."""
        return list(self._names)

    def known(self, word: str) -> bool:
        """A given name of the European and American table."""
        return word in self._names

    def given(self, word: str) -> str:
        """The table's spelling of a known given name (`known`)."""
        return self._names[word]

    def slavic(self, words: list[str]) -> bool:
        """A family name with a Slavic ending (ـوف، ـسكي، ـنكو): the person is Slavic."""
        return len(words) >= 2 and words[-1].endswith(self._slavic_endings) and len(words[-1]) > 4

    def joined_parts(self) -> list[str]:
        return list(self._joined)

    def joined_country(self, words: list[str]) -> str | None:
        """The country a family-name part written apart marks (أوغلو: Turkey), or None."""
        return next((self._joined[w][1] for w in words[1:] if w in self._joined), None)

    def name(self, words: list[str], country: str | None, own: Mapping[str, str] | None = None) -> str:
        """`own`: the country's own spellings of given names (Stéphane in France, Stefan in Germany,
        Mehmet in Turkey); a two-word key there is one name (عبد القادر Abdulkadir)."""
        letters, onsets = self._letters_of(country)
        own = own or {}
        out: list[str] = []
        i = 0
        words = [w for w in words if w]
        while i < len(words):
            word = words[i]
            pair = own.get(f"{word} {words[i + 1]}") if i + 1 < len(words) else None
            if pair:
                out.append(pair)
                i += 2
                continue
            if out and word in self._joined:
                out[-1] += self._joined[word][0]  # أورال أوغلو: Uraloğlu
            else:
                out.append(self._word(word, letters, own, onsets))
            i += 1
        return " ".join(out)

    def word(self, word: str, country: str | None) -> str:
        """One word read back the way of `country`'s names (a Slavic family name after an Arab given name)."""
        letters, onsets = self._letters_of(country)
        return self._word(word, letters, {}, onsets)

    def _letters_of(self, country: str | None) -> tuple[dict[str, str], frozenset[tuple[str, str]]]:
        """The letters of a country's names (the region's, then the country's own) and its word openings."""
        code = country or ""
        letters = {**self._letters, **self._region_letters.get(code, {}), **self._by_country.get(code, {})}
        return letters, self._region_onsets.get(code, frozenset())

    def _word(self, word: str, letters: Mapping[str, str], own: Mapping[str, str],
              onsets: frozenset[tuple[str, str]] = frozenset()) -> str:
        if "-" in word:  # a double-barrelled name: each half on its own (Lvova-Belova)
            return "-".join(self._word(part, letters, own, onsets) for part in word.split("-") if part)
        known = own.get(word) or self._names.get(word) or self._others.get(word)
        if known:
            return known
        stem, tail = word, ""
        for ending, latin in self._endings:
            if word.endswith(ending) and len(word) - len(ending) >= 2:
                stem, tail = word[: -len(ending)], latin
                break
        spelled = self._spell(stem, letters, bool(tail), onsets) + tail
        return spelled[:1].upper() + spelled[1:]

    def _spell(self, stem: str, letters: Mapping[str, str], more: bool,
               onsets: frozenset[tuple[str, str]] = frozenset()) -> str:
        """The letters of a stem; `more`: an ending follows, so the stem's last letter is not final."""
        final = ""
        if not more and len(stem) > 3 and stem.endswith("يه"):
            stem, final = stem[:-2], "e"  # أندريه Andre, جوبيه Juppe: a final e
        elif not more and len(stem) > 2 and stem.endswith("ه"):
            stem, final = stem[:-1], "a"  # ta marbuta
        parts: list[str] = []
        n = len(stem)
        k = 0
        while k < n:
            ch = stem[k]
            nxt = stem[k + 1] if k + 1 < n else ""
            pair = letters.get(stem[k:k + 2]) if nxt else None
            if pair:
                parts.append(pair)  # تش: تشارلز Charles; Italian كي: بيكيتو Pichetto
                k += 2
                continue
            if ch == "ا" and k == 0 and nxt in ("ي", "و"):
                parts.append("i" if nxt == "ي" else "o")  # إيفيت, إيلون; أولاف, أوستن: an initial long vowel
                k += 2
                continue
            if ch == "ا":
                parts.append("a")
            elif ch == "ي":
                # a consonant at the start and between two vowels (يان Yan, سافايا Savaya), else a
                # vowel (كلاوديا Claudia, ماريانو Mariano)
                parts.append("y" if k == 0 or (stem[k - 1] in "او" and nxt in _LONG) else "i")
            elif ch == "و":
                # a consonant before a vowel at the start: v in Europe (فولكوف Volkov), w in Chinese;
                # after a consonant and before a vowel w where a region's names write it (و+:
                # Godongwana, Chakwera); else a vowel, which a region may write u (و: Museveni)
                if k == 0 and nxt in _LONG:
                    parts.append(letters.get("و-", "v"))
                elif 0 < k < n - 2 and nxt in "اي" and stem[k - 1] not in _LONG and "و+" in letters:
                    parts.append(letters["و+"])
                else:
                    parts.append(letters.get("و$", "o") if k == n - 1 and not more else letters.get("و", "o"))
            else:
                parts.append(letters.get(ch, ""))
            k += 1
        return _hidden_e([p for p in parts if p], not more, onsets, letters.get("hidden", "e")) + final


def _onset(first: str, second: str, more: frozenset[tuple[str, str]]) -> bool:
    return (second in _LIQUIDS and first not in _LIQUIDS) or first in _S_FIRST or (first, second) in _SLAVIC_ONSETS \
        or (first, second) in more


def _hidden_e(parts: list[str], final: bool, onsets: frozenset[tuple[str, str]] = frozenset(),
              vowel: str = "e") -> str:
    """The sounds joined, with an e where a consonant run shows one was not written."""
    out: list[str] = []
    run = 0
    if len(parts) >= 3 and parts[0][0] not in _VOWELS and parts[1][0] not in _VOWELS \
            and not _onset(parts[0], parts[1], onsets):
        # no word opens on these two consonants: a vowel was left out (رمضان Ramadan-like, هنري
        # Henri, مكسيم Maxim), while Fratin, Dmytro, Lvova, Stefan open on a true cluster
        parts = [parts[0], vowel, *parts[1:]]
    for part in parts:
        if part[0] in _VOWELS:
            run = 0
        else:
            run += 1
            if run == 3:
                out.append(vowel)  # Gilberto, Makmaster: three consonants hide an e
                run = 1
        out.append(part)
    # a final r or l after a consonant closes a syllable with a hidden e: Cooper, Hagel
    if final and len(out) >= 3 and out[-1] in ("r", "l") and out[-2][0] not in _VOWELS and out[-2] not in ("r", "l"):
        out.insert(len(out) - 1, vowel)
    return "".join(out)
