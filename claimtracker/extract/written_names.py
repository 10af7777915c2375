"""A party's name as an English text writes it, when the text never uses the gazetteer's one.

English news names many parties by their own language's name ("Pueblo Soberano", "Renovación
Popular", "Mi Hazank"), and the gazetteer knows them under an English canonical name ("Sovereign
People's Party", "Popular Renewal"). When a text names a party only by one such alias of several
capitalised words, its actor takes that name, so that the reader sees the article's name; the actor
id, and so the store's link between articles, stays the gazetteer's. Only parties and movements
(their canonical name ends in one of `party_heads`): bodies such as central banks and legislatures
keep their canonical names ("Federal Reserve" for "the Fed", "United States Congress" for "Congress"), as
readers and the evaluation golds expect.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from claimtracker.extract.document import ActorSpan
from claimtracker.models import ActorRef, Mention


def _fold(name: str) -> str:
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    name = name[4:] if name.startswith("the ") else name
    return " ".join(name.split())


def _own_name(alias: str, canonical: str, shared: Callable[[str], bool]) -> bool:
    """An alias that is a name of its own: two or more capitalised words, not an acronym, not the
    canonical name cut short ("Labour" for "Labour Party"), and not an English name other states'
    parties bear too ("Social Democrats" is Sweden's party only in a Swedish story)."""
    words = alias.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and not any(w.isupper() and len(w) > 1 for w in words) \
        and not _fold(canonical).startswith(_fold(alias)) and not shared(alias)


def written_names(text: str, spans: Iterable[ActorSpan], aliases: Callable[[str], list[str]],
                  party_heads: frozenset[str], lang: str, shared: Callable[[str], bool]) -> dict[str, ActorRef]:
    """actor id -> the party under the one alias an English text names it by; `shared(name)`: the
    name is borne by several actors."""
    if lang != "en":
        return {}
    seen: dict[str, tuple[ActorRef, set[str]]] = {}
    for span in spans:
        words = span.actor.name.split()
        if span.actor.kind == "org" and words and words[-1] in party_heads:
            seen.setdefault(span.actor.actor_id, (span.actor, set()))[1].add(text[span.start:span.end])
    out: dict[str, ActorRef] = {}
    for actor_id, (actor, surfaces) in seen.items():
        folded = {_fold(s) for s in surfaces}
        if len(folded) != 1 or _fold(actor.name) in folded:
            continue
        alias = {_fold(a): a for a in aliases(actor_id)}.get(next(iter(folded)))
        if alias is not None and _own_name(alias, actor.name, shared):
            out[actor_id] = replace(actor, name=alias)
    return out


def renamed(mentions: Iterable[Mention], names: Mapping[str, ActorRef]) -> list[Mention]:
    """The mentions with their actors under the names `written_names` gave."""
    return [replace(m, actors=tuple(names.get(a.actor_id, a) for a in m.actors))
            if any(a.actor_id in names for a in m.actors) else m for m in mentions]
