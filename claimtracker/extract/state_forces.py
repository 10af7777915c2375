"""Each state's armed forces and their branches, from the gazetteer rows that carry a `branch`:
`data/gazetteer/actors_militaries.json`, and the rows of other files that name a state's forces
(the Sudanese Armed Forces, the Royal Navy of Oman).

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
             "national_guard": ("national_guard",), "police": ("police",)}
# the English head of a branch a state has no row for ("Chadian Armed Forces", "Estonian Navy")
_HEADS = {"forces": "Armed Forces", "army": "Army", "navy": "Navy", "air_force": "Air Force",
          "coast_guard": "Coast Guard", "border_guard": "Border Guard", "border_forces": "Border Forces",
          "police": "Police"}


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
    border_guard, border_forces, national_guard or police), or None."""
    table = _table(data_dir)
    for b in _FALLBACK[branch]:
        hit = table.get((code, b))
        if hit is not None:
            return hit
    return None


def force_name(data_dir: Path, code: str, branch: str,
               adjective: Callable[[str], str | None]) -> tuple[str, str | None] | None:
    """The (name, actor id) a state's `branch` is named by: its row (`state_force`), else
    "<Nationality> <Head>" with no actor id; None when the state has neither."""
    known = state_force(data_dir, code, branch)
    if known is not None:
        return known[1], known[0]
    nationality = adjective(code)
    return (f"{nationality} {_HEADS[branch]}", None) if nationality else None
