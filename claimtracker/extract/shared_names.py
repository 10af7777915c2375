"""A name many states' bodies share, in a text about a state whose own body the gazetteer lacks.

«مجلس الوزراء» is the bare Arabic name of the Saudi, Lebanese, Iraqi, Egyptian … councils of
ministers. In a Yemeni story that mentions a Saudi grant, «ويعقد مجلس الوزراء اجتماعا في عدن» is
Yemen's council, not Saudi Arabia's: the gazetteer has no Yemeni row, so the body is named after the
pattern its like bodies share ("Council of Ministers of Saudi Arabia", "… of Lebanon") with the state
the sentence seats it in ("Council of Ministers of Yemen"). The text's main country, or any country of
the sentence, proved too loose a guide (docs/extraction.md, "Session 22").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping

from claimtracker.extract.phrases import sentence_bounds, slugify
from claimtracker.models import ActorRef


class SharedNames:
    """The like bodies of shared names, the "<body> of <Country>" pattern of each set read once."""

    def __init__(self, actors: Mapping[str, ActorRef], aliases: Mapping[str, list[str]],
                 country_name: Callable[[str], str | None]) -> None:
        self._actors = actors  # the gazetteer's own tables, filled after this is made
        self._aliases = aliases
        self._country_name = country_name
        self._patterns: dict[frozenset[str], str | None] = {}

    def pick(self, ids: set[str], text: str, start: int, end: int, lang: str, country_hits,
             dateline: Callable[[], str | None], main: Callable[[], str | None],
             state: Callable[[], str | None]) -> tuple[set[str], ActorRef | None]:
        """Which of the actors `ids` sharing the name at text[start:end] the text means: (the ids
        left, one if decided), or the like body of a state whose own row the gazetteer lacks.
        `dateline` and `main` give the dateline's country and the one the text names most, `state`
        the one it is most about, the countries of the people it names counted in."""
        codes = {h.code for h in country_hits}
        local = {i for i in ids if self._actors[i].country in codes}
        home = meeting_place(text, start, country_hits, lang) if len(local) == 1 else None
        if home and home not in {self._actors[i].country for i in ids}:
            # «ويعقد مجلس الوزراء اجتماعا في عدن» in a story that names Saudi Arabia: Yemen's
            own = self.like_body(ids, home, text[start:end] if lang == "ar" else None)
            if own is not None:
                return {own.actor_id}, own
        home_line = dateline()
        dated = {i for i in ids if self._actors[i].country == home_line}
        if len(dated) == 1:
            # «طرابلس - ... يناقش مجلس الوزراء»: a local outlet's cabinet is its own state's, whichever
            # neighbour the story names more
            return dated, None
        # «يناقش مجلس الوزراء» in a story about Lebanon that names Syria once and Lebanon never, but
        # its president and ministers: Lebanon's (+12 right, +8 wrong over the eval sets, session 75)
        code = state()
        theirs = {i for i in ids if self._actors[i].country == code}
        if len(theirs) == 1:
            return theirs, None
        if len(local) > 1:
            # several of those countries named: the one the text is about («مجلس الشورى» in a Saudi
            # story that mentions Oman)
            code = main()
            local = {i for i in local if self._actors[i].country == code} or local
        return (local if len(local) == 1 else ids), None

    def like_body(self, ids: set[str], code: str, name_ar: str | None) -> ActorRef | None:
        """The state `code`'s body of the kind the bodies `ids` share ("Council of Ministers of
        Yemen"), or None when they share no such pattern or `code` has no English name."""
        key = frozenset(ids)
        if key not in self._patterns:
            self._patterns[key] = self._pattern(key)
        body = self._patterns[key]
        name = self._country_name(code) if body else None
        if not name:
            return None
        return state_body(f"{body} of {name}", code, name_ar)

    def _pattern(self, ids: frozenset[str]) -> str | None:
        """The body word at least two of the like bodies have in a "<body> of <Country>" name, when
        all are organisations of different states."""
        refs = [self._actors[i] for i in ids]
        if any(r.kind != "org" or not r.country for r in refs) or len({r.country for r in refs}) < len(refs):
            return None
        bodies: Counter[str] = Counter()
        for ref in refs:
            country = self._country_name(ref.country)  # type: ignore[arg-type]
            if not country:
                continue
            tail = f" of {country}"
            bodies.update({n[:-len(tail)] for n in (ref.name, *self._aliases.get(ref.actor_id, ()))
                           if n.endswith(tail) and len(n) > len(tail)})
        if not bodies:
            return None
        body, count = bodies.most_common(1)[0]
        return body if count >= 2 else None


def state_body(name: str, code: str, name_ar: str | None) -> ActorRef:
    """A state's body the gazetteer has no row for, named in full ("Council of Ministers of Yemen",
    "Congress of Peru"), with an id of its own per state."""
    return ActorRef(f"{slugify(name)}-{code.lower()}", name, "org", code, name_ar)


_IN = {"ar": ("في ",), "en": (" in ", " at ")}


def meeting_place(text: str, pos: int, country_hits, lang: str) -> str | None:
    """The country whose capital or city the sentence after `pos` says the body sits in («يعقد
    مجلس الوزراء اجتماعا في عدن», "the cabinet meets in Aden"), when it names one such place."""
    hi = sentence_bounds(text, pos)[1]
    codes = {h.code for h in country_hits if pos < h.start < hi and h.via == "capital"
             and (text.endswith(_IN[lang], 0, h.start) or (lang == "ar" and text.endswith(" ب", 0, h.start + 1)))}
    return next(iter(codes)) if len(codes) == 1 else None
