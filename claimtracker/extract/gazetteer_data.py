"""Reading the gazetteer's data: actor files, user rows from the database, surname aliases."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from claimtracker.errors import InputError
from claimtracker.extract.names_index import NameIndex
from claimtracker.extract.phrases import phrase_tokens, slugify, strip_al
from claimtracker.models import ActorRef
from claimtracker.text import normalize_text

ACTOR_KINDS = ("person", "org", "country")
_PARTICLES_EN = frozenset({"al", "el", "bin", "ben", "ibn", "abu", "de", "da", "di", "van", "von", "der", "la", "le", "du", "dos", "bint"})
_COMPOUND_AR = frozenset({"عبد", "ابو", "بن", "ابن", "ال", "ولد", "بنت", "ام"})


_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def script(alias: str) -> str:
    return "ar" if _ARABIC_LETTER.search(alias) else "en"


_TITLED_EN = frozenset({"King", "Queen", "Pope", "Crown", "Prince", "Princess", "Sheikh", "Sultan", "Emir", "Grand", "Patriarch"})
_TITLED_AR = frozenset({"الملك", "البابا", "الامير", "الشيخ", "الشيخه", "السلطان", "البطريرك", "السيد"})


def surname_en(name: str) -> list[str]:
    """The weak surname aliases of a person's English name: "Ahmed al-Sharaa" -> al-Sharaa, Sharaa."""
    words = name.split()
    if len(words) < 2 or words[0] in _TITLED_EN:
        return []
    last = words[-1]
    if last.isupper() and len(last) <= 4 or len(last) < 3:  # "Mohammed VI", "K.P."
        return []
    if last == words[0]:  # "Abdullah Abdullah": the surname is a given name too
        return []
    out = [last]
    if len(words) >= 3 and words[-2].lower() in _PARTICLES_EN:
        out.append(f"{words[-2]} {last}")
    low = last.lower()
    for particle in ("al-", "el-", "ad-", "as-", "ash-", "ar-", "an-", "az-", "at-"):
        if low.startswith(particle) and len(last) > len(particle) + 2:
            out.append(last[len(particle):])
    return out


def surname_ar(name_ar: str) -> list[str]:
    """The weak surname alias of an Arabic name: "مرهف أبو قصرة" -> "أبو قصرة"."""
    words = name_ar.split()
    if len(words) < 2 or normalize_text(words[0]) in _TITLED_AR:
        return []
    if phrase_tokens(words[-2], "ar")[:1] and phrase_tokens(words[-2], "ar")[0] in _COMPOUND_AR:
        if words[-2] in ("عبد",):
            return []
        return [" ".join(words[-2:])]
    last = phrase_tokens(words[-1], "ar")[0]
    if last.startswith("عبد") or len(strip_al(last)) < 4:
        return []
    return [words[-1]]


def read_entries(data_dir: Path) -> list[dict]:
    entries: dict[str, dict] = {}
    for path in sorted((data_dir / "gazetteer").glob("actors*.json")):
        try:
            rows = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            raise InputError(f"gazetteer file {path.name} is not valid JSON: {e}") from None
        for row in rows:
            if not isinstance(row, dict) or not row.get("name"):
                raise InputError(f"gazetteer file {path.name} has an entry without a name: {row!r}")
            row = dict(row)
            row["_aliases"] = list(row.get("aliases_en", [])) + list(row.get("aliases_ar", []))
            actor_id = row.get("id") or slugify(row["name"])
            row["id"] = actor_id
            entries[actor_id] = row
    return list(entries.values())


def merge_extra(entries: list[dict], extra: Iterable[dict]) -> list[dict]:
    """User rows from the database override the file's fields and add to its aliases."""
    by_id = {e["id"]: e for e in entries}
    for row in extra:
        if not row.get("name") and not row.get("actor_id"):
            continue
        actor_id = row.get("actor_id") or row.get("id") or slugify(row["name"])
        base = dict(by_id.get(actor_id, {"id": actor_id, "_aliases": []}))
        for key in ("name", "name_ar", "kind", "country"):
            if row.get(key):
                base[key] = row[key]
        aliases = row.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [a.strip() for a in aliases.replace("|", ",").split(",")]
        base["_aliases"] = list(dict.fromkeys(list(base.get("_aliases", [])) + [a for a in aliases if a]))
        if not base.get("name"):
            continue
        by_id[actor_id] = base
    return list(by_id.values())


# Arabic spellings of one foreign name differ in long vowels and in the letters that render one
# sound (عراقجي / عراقتشي, قاليباف / غاليباف); two family names that differ in any other consonant
# are two people (المصري is not المدوري, however alike the whole names look)
_SOUND_FOLD_AR = (("تش", "ج"), ("چ", "ج"), ("غ", "ق"), ("گ", "ق"), ("ك", "ق"), ("ط", "ت"), ("ص", "س"),
                  ("ض", "د"), ("ظ", "ز"), ("ذ", "ز"), ("ث", "س"), ("ة", "ه"), ("ڤ", "ف"), ("پ", "ب"))


def _skeleton_ar(name: str, foreign: bool = False, vowels: bool = False) -> str:
    """The family name's consonants after the given name, with one letter per sound (and its long
    vowels too, with `vowels`)."""
    # the article is often dropped or added (حسين السلامة / حسين سلامة)
    words = [strip_al(w) for w in name.split()[1:]] if " " in name else [name]
    if foreign:
        # a European name's final vowel is written ه or ي (إيده / إيدي): not a consonant of its
        # own, as the ta marbuta of an Arab family name is (سلام is not سلامة)
        words = [w[:-1] if len(w) > 2 and w.endswith("ه") else w for w in words]
    rest = " ".join(words)
    for a, b in _SOUND_FOLD_AR:
        rest = rest.replace(a, b)
    if foreign:
        # a Latin hard g is written ج as often as غ or ق (جبر مسقل / قبرمسقل for Gebremeskel); in an
        # Arab family name ج and ق are two names
        rest = rest.replace("ج", "ق")
    return "".join(ch for ch in rest if ch not in ("اويى " if not vowels else " "))


def same_skeleton_ar(a: str, b: str, foreign: bool = False) -> bool:
    """Whether two normalised Arabic names may be one person's, spelled two ways; `foreign` for
    a person whose name Arabic writes from its Latin spelling.

    An Arab family name may gain or lose a long vowel between spellings, but one long vowel in
    place of another makes another name (ديوب is not دياب), and so do two more (a nisba ending,
    العزاوي, is not العزي)."""
    if _skeleton_ar(a, foreign) != _skeleton_ar(b, foreign):
        return False
    if foreign:
        return True
    x, y = sorted((_skeleton_ar(a, vowels=True), _skeleton_ar(b, vowels=True)), key=len)
    if x[:1] != y[:1]:
        return False  # a vowel that opens a family name is part of it (أوحساين is not الحسان)
    if len(y) - len(x) > 1:
        return False  # two long vowels more make another name: العزاوي (al-Azzawi) is not العزي
    rest = iter(y)
    return all(ch in rest for ch in x)  # the shorter spelling is the longer one less some vowels


def untitled_ar(name: str) -> str | None:
    """A normalised Arabic name without the monarch's or pope's title it opens with («البابا لاون
    الرابع عشر» -> «لاون الرابع عشر»), or None when it opens with none."""
    words = name.split()
    return " ".join(words[1:]) if len(words) > 2 and words[0] in _TITLED_AR else None


def first_key_ar(name: str) -> str:
    """The lookup key of a titled name's first word: its consonants, for the long vowels foreign
    names are written with or without (لاون / لاوون)."""
    first = name.split()[0]
    return "#" + "".join(ch for ch in first if ch not in "اوي")


def month_words(data_dir: Path, lang: str) -> list[str]:
    """The month names of the language's time lexicon (every regional form)."""
    path = data_dir / "lexicons" / f"time_{lang}.json"
    months = json.loads(path.read_text(encoding="utf-8")).get("months", {}) if path.exists() else {}
    return [w for forms in months.values() for w in forms if " " not in w]


def surnames_only_ar(entries: list[dict]) -> frozenset[str]:
    """Words the gazetteer's people bear only as a surname (ترامب, بوتين, نتنياهو): the last word of
    a name or a one-word alias, never a first word. The transliteration table lists every name
    word without the article as a given name, so «حكومة نتنياهو اليمينية» would read as someone
    named Netanyahu al-Yamini without this."""
    first: set[str] = set()
    last: set[str] = set()
    for e in entries:
        if e.get("kind") != "person":
            continue
        for name in (e.get("name_ar") or "", *e.get("aliases_ar", [])):
            words = normalize_text(name).split()
            if words:
                if len(words) > 1:
                    first.add(words[0])
                last.add(words[-1])
    return frozenset(w for w in last - first if not w.startswith("ال"))


def family_names_ar(entries: list[dict]) -> frozenset[str]:
    """The definite family names (الخصاونة, الكاظمي) that end the gazetteer's people's names of two
    words or more, normalised: after another listed surname they go on with one person's name."""
    return frozenset(
        words[-1] for e in entries if e.get("kind") == "person"
        for words in [normalize_text(e.get("name_ar") or "").split()]
        if len(words) > 1 and words[-1].startswith("ال"))


def respelled_ar(names: list[str], respellings: tuple[tuple[str, str], ...]) -> list[str]:
    """The names of `names` written with a regional spelling of a stem (`respellings_ar` in
    common_words.json: «الحزب الديمقراطي الكردستاني» -> «... الكوردستاني»), each once."""
    out: list[str] = []
    for name in names:
        words = name.split()
        for stem, other in respellings:
            new = [("ال" + other + w[2 + len(stem):]) if w.startswith("ال" + stem)
                   else (other + w[len(stem):]) if w.startswith(stem) else w for w in words]
            if new != words:
                out.append(" ".join(new))
    return out


@dataclass(frozen=True, slots=True)
class Alias:
    """A name in the index: whose it is, how strongly it names them, and its first word."""

    actor_id: str
    strength: str
    first: str  # the alias's first word, as normalised, to compare the surface form with


def add_alias(index: NameIndex[Alias], alias: str, actor_id: str, strength: str) -> None:
    """Index one name or alias of an actor, with its strength (STRONG or WEAK)."""
    if index.lang == "en" and alias[:4].lower() == "the ":
        alias = alias[4:]  # "the Kremlin" is found as "Kremlin"; "the" would start a lookup everywhere
    toks = phrase_tokens(alias, index.lang)
    if toks:
        index.add(alias, Alias(actor_id, strength, toks[0]), toks)  # tokenised once, not again in `add`


def entry_ref(entry: dict) -> ActorRef:
    """The actor a gazetteer entry describes; a clear error for a kind the model has not."""
    kind = entry.get("kind") or "person"
    if kind not in ACTOR_KINDS:
        raise InputError(f"gazetteer entry {entry.get('name')!r} has kind {kind!r}; use one of {', '.join(ACTOR_KINDS)}")
    country = entry.get("country") or None
    return ActorRef(
        actor_id=entry.get("id") or entry.get("actor_id") or slugify(entry["name"]),
        name=entry["name"],
        kind=kind,
        country=country.upper() if country else None,
        name_ar=entry.get("name_ar") or None,
    )
