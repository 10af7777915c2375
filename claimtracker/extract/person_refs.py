"""A short name refers to the person the article introduced with that name in full.

News introduces a person once in full ("Finance Ministry spokesperson Amina Rauf", «وزير الطاقة
رشيد بن عيسى») and then uses the surname or the last part of the name ("Rauf added", «وأكد بن
عيسى»). Such a short form is that person, not a listed person who shares the surname, and not a
new person of its own: a bare surname matches a gazetteer person only when the text does not
introduce someone else with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtracker.extract.gazetteer_data import _TITLED_EN
from claimtracker.text import normalize_text

if TYPE_CHECKING:
    from claimtracker.extract.gazetteer import ActorHit
    from claimtracker.models import ActorRef


# the first parts of given names written in two words: «عبد العزيز», «أبو بكر», "Abdul Aziz"
_GIVEN_FIRST_PARTS = frozenset(("عبد", "ابو", "Abdul", "Abdel", "Abd", "Abu"))


def _words(text: str, hit: ActorHit, lang: str) -> tuple[str, ...]:
    if lang == "ar":
        # a leading conjunction or preposition (وبن عيسى) is no part of the name
        words = normalize_text(text[hit.start:hit.end]).split()
        if words and words[0][:1] in ("و", "ف", "ل", "ب") and len(words[0]) > 3 and len(words) > 1:
            words[0] = words[0][1:]
        return tuple(words)
    return tuple(w.strip(".,'’") for w in text[hit.start:hit.end].split())


def same_person(text: str, spans: list, short_forms: set[int], lang: str,
                given_forms: set[int] | frozenset[int] = frozenset()) -> list:
    """Spans (ActorHit, i, j) with short forms given the actor of the person named in full.

    `short_forms` holds the starts of the hits that may be a short form: gazetteer matches made by
    a bare surname whose full name the text does not give, and people found by a title pattern
    («بن عيسى» after «رشيد بن عيسى»). A short form whose words end a longer person's name in the
    same text is that person. `given_forms` holds the starts of people named by a royal title and a
    given name alone («الأمير عبدالعزيز»): the one person named in full with that given name.
    """
    named = [(h.actor, w, h.start) for h, _, _ in spans if h.actor.kind == "person"
             for w in (_words(text, h, lang),) if len(w) >= 2]
    full = [(actor, w) for actor, w, _ in named]
    if not full:
        return spans
    out = []
    for hit, i, j in spans:
        owner = None
        if hit.actor.kind == "person" and hit.start in short_forms:
            words = _words(text, hit, lang)
            # the longest such name ("Naess" after "Marianne Sivertsen Naess" and "Sivertsen Naess"),
            # and of two people with the surname the one named last before it; a hit already given
            # that person stays so
            longer = [(len(w), at < hit.start, at if at < hit.start else -at, actor)
                      for actor, w, at in named if len(w) > len(words) > 0 and w[-len(words):] == words]
            owner = max(longer, key=lambda c: c[:3])[3] if longer else None
            if owner is not None and owner.actor_id == hit.actor.actor_id:
                owner = None
        elif hit.actor.kind == "person" and hit.start in given_forms:
            words = _words(text, hit, lang)
            # one word, or a given name of two («عبد العزيز», "Abdul Aziz") written apart
            given = len(words) == 1 or (len(words) == 2 and words[0] in _GIVEN_FIRST_PARTS)
            owner = _by_given_name(words, hit.actor.actor_id, full) if given else None
        out.append((hit._replace(actor=owner), i, j) if owner is not None else (hit, i, j))
    return out


def _by_given_name(given: tuple[str, ...], actor_id: str, full: list) -> ActorRef | None:
    """A lone given name («الأمير عبدالعزيز», «الأمير عبد العزيز», "Prince Faisal") is the one person
    the text named in full with it first (after a title kept in the span: "Prince Faisal bin
    Farhan"); with two such people it names neither."""
    n = len(given)
    owners = {actor.actor_id: actor for actor, w in full
              if actor.actor_id != actor_id and len(w) > n
              and (w[:n] == given or (len(w) > n + 1 and w[0] in _TITLED_EN and w[1:n + 1] == given))}
    return next(iter(owners.values())) if len(owners) == 1 else None
