"""Known people whose name a text spells another way ("Abbas Araqchi" for Abbas Araghchi, «دونيس»
for «دينيس»): the people of the gazetteer by their first word, and the closest spelling of a name
the title patterns read. Split from `gazetteer.py`, which asks `SimilarPeople.find` before it names
an unknown person."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from rapidfuzz import fuzz

from claimtracker.extract.gazetteer_data import first_key_ar, same_skeleton_ar, untitled_ar
from claimtracker.models import ActorRef
from claimtracker.text import normalize_text


class SimilarPeople:
    """`written_from_latin(country)`: whether that country's names reach Arabic from a Latin
    spelling, whose vowels a writer renders as heard (`TitleFinder.written_from_latin`)."""

    def __init__(self, actors: Mapping[str, ActorRef], written_from_latin: Callable[[str | None], bool]) -> None:
        self._actors = actors
        self._from_latin = written_from_latin
        self._by_first_en: dict[str, list[tuple[str, str]]] = {}
        self._by_first_ar: dict[str, list[tuple[str, str]]] = {}
        self.first_ar: dict[str, str] = {}  # a person's first Arabic word, normalised
        for actor_id, ref in actors.items():
            if ref.kind != "person":
                continue
            self._by_first_en.setdefault(ref.name.lower().split()[0], []).append((actor_id, ref.name.lower()))
            if not ref.name_ar:
                continue
            norm_ar = normalize_text(ref.name_ar)
            words_ar = norm_ar.split()
            if not words_ar:
                continue
            self.first_ar[actor_id] = words_ar[0]
            self._by_first_ar.setdefault(words_ar[0], []).append((actor_id, norm_ar))
            if written_from_latin(ref.country):
                # a foreign given name's vowels are written as the writer hears them (دينيس / دونيس)
                self._by_first_ar.setdefault(first_key_ar(norm_ar), []).append((actor_id, norm_ar))
            untitled = untitled_ar(norm_ar)
            if untitled:  # «البابا لاون الرابع عشر» is found after its title as «لاوون الرابع عشر»
                self._by_first_ar.setdefault(first_key_ar(untitled), []).append((actor_id, untitled))

    def find(self, name: str, name_ar: str | None) -> ActorRef | None:
        """The known person `name` (or, when the text is Arabic, `name_ar`) spells another way."""
        if name_ar:
            key, table, wanted = normalize_text(name_ar), self._by_first_ar, 85
        else:
            key, table, wanted = name.lower(), self._by_first_en, 88
        words = key.split()
        if len(words) < 2:
            return None
        best, best_score = None, float(wanted)
        candidates = table.get(words[0], [])
        if name_ar:
            candidates = [*candidates, *table.get(first_key_ar(key), ())]
        for actor_id, known in candidates:
            score = fuzz.ratio(key, known)
            if score >= best_score and (not name_ar or same_skeleton_ar(
                    key, known, self._from_latin(self._actors[actor_id].country))):
                best, best_score = actor_id, score
        return self._actors.get(best) if best else None
