"""Each state's armed forces and their branches, and its cabinet, from the gazetteer rows that
carry a `branch`: `data/gazetteer/actors_militaries.json`, the rows of other files that name a
state's forces (the Sudanese Armed Forces, the Royal Navy of Oman), and the cabinets whose name is
not "Cabinet of <Country>" (`actors_cabinets.json`: the Council of Ministers of Spain, the
Government of the Czech Republic).

A text that says "the army" of a state with one force of arms means that force («الجيش البنيني»
is the Benin Armed Forces), and "the armed forces" of a state whose army is its force of arms
mean its army (the Nepal Army), so each branch falls back on the other.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from claimtracker.extract.gazetteer_data import read_entries

_FALLBACK = {"forces": ("forces", "army"), "army": ("army", "forces"), "navy": ("navy",),
             "air_force": ("air_force",), "coast_guard": ("coast_guard",),
             "border_guard": ("border_guard", "border_forces"), "border_forces": ("border_forces", "border_guard"),
             "national_guard": ("national_guard",), "police": ("police",), "cabinet": ("cabinet",)}
# the English head of a branch a state has no row for ("Chadian Armed Forces", "Estonian Navy")
_HEADS = {"forces": "Armed Forces", "army": "Army", "navy": "Navy", "air_force": "Air Force",
          "coast_guard": "Coast Guard", "border_guard": "Border Guard", "border_forces": "Border Forces",
          "police": "Police"}
# a branch a state has no row for that is named after its country, not its nationality
_OF_COUNTRY = {"cabinet": "Cabinet of {country}"}


@lru_cache(maxsize=4)
def _table(data_dir: Path) -> dict[tuple[str, str], tuple[str, str]]:
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for row in read_entries(data_dir):
        branch, code = row.get("branch"), row.get("country")
        if branch in _FALLBACK and code:
            out.setdefault((code.upper(), branch), (row["id"], row["name"]))
    return out


def state_force(data_dir: Path, code: str, branch: str) -> tuple[str, str] | None:
    """The (actor id, name) of state `code`'s `branch` (forces, army, navy, air_force, coast_guard,
    border_guard, border_forces, national_guard, police or cabinet), or None."""
    table = _table(data_dir)
    for b in _FALLBACK[branch]:
        hit = table.get((code, b))
        if hit is not None:
            return hit
    return None


def force_name(data_dir: Path, code: str, branch: str, adjective: Callable[[str], str | None],
               country_name: Callable[[str], str | None] | None = None) -> tuple[str, str | None] | None:
    """The (name, actor id) a state's `branch` is named by: its row (`state_force`), else
    "<Nationality> <Head>" ("Cabinet of <Country>" for a cabinet) with no actor id; None when the
    state has neither."""
    known = state_force(data_dir, code, branch)
    if known is not None:
        return known[1], known[0]
    if branch in _OF_COUNTRY:
        country = country_name(code) if country_name is not None else None
        return (_OF_COUNTRY[branch].format(country=country), None) if country else None
    nationality = adjective(code)
    return (f"{nationality} {_HEADS[branch]}", None) if nationality else None
