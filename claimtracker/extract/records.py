"""Hits of the per-sentence and whole-text passes, built without the frozen dataclasses' __init__.

A frozen dataclass sets each field through `object.__setattr__`, a Python-level call per field;
the hits are made by the dozen per text, so the makers here set the slots directly, as
`split._span` does. Each maker gives an object equal to the class's own (same type, same fields),
and falls back to the class itself when its fields are not the ones expected here (a field added
later must not be left unset), or when the class is compiled (mypyc, see docs/architecture.md): mypyc's
native classes refuse `object.__new__`, and their own constructor runs in C anyway.
"""

from __future__ import annotations

from dataclasses import fields

from claimtracker.extract.attribution import Hit
from claimtracker.extract.cues import CueHit
from claimtracker.extract.events import EventHit
from claimtracker.models import Mention

new = object.__new__  # a bare object of a class, its slots set by the makers


def _bare(cls: type) -> bool:
    """Whether `object.__new__` makes a bare `cls` (a class compiled by mypyc refuses)."""
    try:
        new(cls)
    except TypeError:
        return False
    return True


def slot_setters(cls: type, names: tuple[str, ...]):
    """The slot setters of `cls` in field order; None unless its fields are exactly `names` and it
    is a plain Python class."""
    if tuple(f.name for f in fields(cls)) != names or not all(n in vars(cls) for n in names) or not _bare(cls):
        return None
    return tuple(vars(cls)[n].__set__ for n in names)


_HIT = slot_setters(Hit, ("kind", "start", "end"))
_EVENT = slot_setters(EventHit, ("event_type", "priority", "start", "end"))
_CUE = slot_setters(CueHit, ("group", "kind", "certainty", "weight", "start", "end", "needs_context"))
_MENTION = slot_setters(Mention, ("quote", "start", "end", "kind", "certainty", "event_type", "actors", "countries",
                              "expected", "attribution", "negated"))


def _hit(kind: str, start: int, end: int, _set=_HIT) -> Hit:
    h = new(Hit)
    _set[0](h, kind)
    _set[1](h, start)
    _set[2](h, end)
    return h


def _event_hit(event_type: str, priority: int, start: int, end: int, _set=_EVENT) -> EventHit:
    h = new(EventHit)
    _set[0](h, event_type)
    _set[1](h, priority)
    _set[2](h, start)
    _set[3](h, end)
    return h


def _cue_hit(group: str, kind: str, certainty: float, weight: int, start: int, end: int, needs_context: bool,
             _set=_CUE) -> CueHit:
    h = new(CueHit)
    _set[0](h, group)
    _set[1](h, kind)
    _set[2](h, certainty)
    _set[3](h, weight)
    _set[4](h, start)
    _set[5](h, end)
    _set[6](h, needs_context)
    return h


def _mention(quote, start, end, kind, certainty, event_type, actors, countries, expected, attribution, negated,
             _set=_MENTION) -> Mention:
    m = new(Mention)
    _set[0](m, quote)
    _set[1](m, start)
    _set[2](m, end)
    _set[3](m, kind)
    _set[4](m, certainty)
    _set[5](m, event_type)
    _set[6](m, actors)
    _set[7](m, countries)
    _set[8](m, expected)
    _set[9](m, attribution)
    _set[10](m, negated)
    return m


hit = _hit if _HIT is not None else Hit
event_hit = _event_hit if _EVENT is not None else EventHit
cue_hit = _cue_hit if _CUE is not None else CueHit
# the fields of `models.Mention` in order, as positional arguments
mention = _mention if _MENTION is not None else Mention
