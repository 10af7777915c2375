"""Family-name spellings learned from the gazetteer's own people, for names it does not hold.

A name the gazetteer does not know is spelled by rule (`translit.py`), and a rule guesses the short
vowels and doubled consonants Arabic does not write: «الشابي» comes out el-Chabi where Tunisia writes
Chebbi. The gazetteer's people already pair each Arabic name with the English one the press uses
(«أحمد نجيب الشابي» Ahmed Nejib Chebbi), so a word they share with an unknown person («منير
الشابي») is spelled as they spell it. Spellings are kept per romanisation style (the Maghreb's French
one, the Gulf's, the Levant's ...), or per country where none is set, because one Arabic word is
written differently in Tunis and in Cairo. Only the words the spelling tables do not hold are used.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from claimtracker.text import normalize_text

# words of the names table that link names (bin, Abu, Ould), not names of their own: spelled by the
# name rules (`translit.py`), never learned
NAME_LINKS = frozenset(("بن", "ابن", "بنت", "ابو", "ال", "ولد", "عبد"))


def learned_group(style: str | None, country: str | None) -> str | None:
    """Where a country's spellings are kept: an Arab style's countries share them; a country of the
    Latin-script or Persian style, or of none, keeps its own (Liu is not Lew in China)."""
    return style if style not in (None, "latin", "persian") else country


def learned_spellings(people: Iterable[dict], styles: Mapping[str, str]) -> dict[str, dict[str, str]]:
    """{group: {normalised Arabic word: English word}} from gazetteer person rows whose Arabic and
    English names have as many words; a word's most usual spelling in its group wins. `styles`:
    country code -> romanisation style."""
    counts: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for row in people:
        if row.get("kind") != "person" or not row.get("name_ar") or not row.get("name"):
            continue
        country = (row.get("country") or "").upper() or None
        group = learned_group(styles.get(country or ""), country)
        if group is None:
            continue
        ar = normalize_text(row["name_ar"]).split()
        en = row["name"].split()
        if len(ar) != len(en) or len(ar) < 2:
            continue
        for word, spelled in zip(ar[1:], en[1:], strict=True):  # given names are the tables' own
            if word not in NAME_LINKS and len(word) >= 3 and spelled[:1].isalpha():
                counts[group][word][spelled] += 1
    return {group: {word: spellings.most_common(1)[0][0] for word, spellings in words.items()}
            for group, words in counts.items()}
