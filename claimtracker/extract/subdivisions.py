"""The governments and legislatures of states, provinces and regions, as gazetteer rows built from
`data/gazetteer/subdivisions.json`: each country's subdivisions by their English names, the
pattern its press names their bodies by ("{region} Legislature" in the United States, "Parliament
of {region}" in Spain, "Provincial Assembly of {region}" in Pakistan) and the official names that
differ from it ("Vermont General Assembly", "Cortes of Aragon").

A body is found by the forms news writes it in ("the Kansas Legislature", "Navarre's parliament",
"the Jharkhand government", "the state legislature of Kansas"), the aliases below; the row is
named as the pattern or the override says. A region spelled like a state or a national capital
("Georgia", "Madrid", "Mexico"), or like a subdivision of another country ("Punjab", "Limburg"),
gets the forms that name its body outright only ("Madrid regional government", never "Madrid's
government"). A body the hand-written gazetteer already has (`actors_regions.json`: "Government of
Quebec") keeps its row and takes the forms it lacks as aliases ("British Columbia's legislature").
"""

from __future__ import annotations

import json
from collections import Counter
from functools import partial
from pathlib import Path

from babel import Locale

from claimtracker.errors import InputError
from claimtracker.extract.phrases import slugify

# the adjective news puts before a subdivision's body ("the Kansas state legislature", "Niigata's
# prefectural assembly"), by the country's word for its subdivisions; "regional" goes for any
_UNIT_ADJECTIVES = {"state": "state", "province": "provincial", "region": "regional", "county": "county",
                    "prefecture": "prefectural", "canton": "cantonal", "territory": "territorial"}
_COUNCIL_UNITS = frozenset({"regional", "county", "prefectural", "cantonal"})
# not "Assembly" alone: "the Assembly of Manitoba Chiefs", "Tierra del Fuego's assembly lines"
_LEGISLATURE_HEADS = ("Legislature", "Legislative Assembly", "Parliament")


def _possessives(region: str) -> list[str]:
    # one apostrophe: the name index reads "Navarre’s" as "Navarre's" (`phrases.phrase_tokens`)
    return [f"{region}'s"]


def _units(unit: str) -> list[str]:
    # the country's own word only: "the Kansas regional parliament" is not written
    return [_UNIT_ADJECTIVES.get(unit, "regional")]


def _unit_bodies(unit: str, council: bool) -> tuple[str, ...]:
    # a region's or a county's legislature is often a council; a state's or a province's is not,
    # unless the country's table says so (the Netherlands' provincial councils)
    council = council or _UNIT_ADJECTIVES.get(unit, "regional") in _COUNCIL_UNITS
    return ("assembly", "legislature", "parliament", *(("council",) if council else ()))


def _government_forms(region: str, unit: str, bare: bool) -> list[str]:
    forms = []
    for u in _units(unit):
        forms += [f"{region} {u} government", f"{region} {u.title()} Government", f"{u} government of {region}"]
    if bare:
        forms += [f"government of {region}", f"Government of {region}", f"{region} government",
                  f"{region} Government"]
        forms += [f"{p} {u}government" for p in _possessives(region) for u in ("", *(f"{u} " for u in _units(unit)))]
    return forms


def _legislature_forms(region: str, unit: str, bare: bool, *, council: bool) -> list[str]:
    forms = [f"{region} State Legislature"]
    for u in _units(unit):
        forms += [f"{region} {u} {w}" for w in _unit_bodies(unit, council)]
    if bare:
        forms += [f"legislature of {region}", f"{region} legislature", f"{region} parliament"]
        for head in _LEGISLATURE_HEADS:
            forms += [f"{head} of {region}", f"{region} {head}"]
        # "Nebraska's Legislature": the name index tells a capital from a small letter
        forms += [f"{p} {w}" for p in _possessives(region) for w in ("legislature", "parliament", *_LEGISLATURE_HEADS)]
        forms += [f"{p} {u} {w}" for p in _possessives(region) for u in _units(unit) for w in _unit_bodies(unit, council)]
    return forms


def _chamber_forms(spelling: str, unit: str, bare: bool, *, name: str, region: str) -> list[str]:
    """A chamber's forms from its name ("Kansas Senate", "California State Assembly", "Senate of
    Virginia"): with and without "State", after "state" or the region's possessive ("Delaware's
    state Senate"), and a lower house by "House" alone ("the Idaho House")."""
    head = name.partition(" of ")[0] if name.endswith(f" of {region}") else name.removeprefix(f"{region} ")
    core = head.removeprefix("State ")
    cores = [core, *(["House"] if core.startswith("House of ") else [])]
    forms = [f"{spelling} {head}"]
    for c in cores:
        forms += [f"{spelling} {c}", f"{spelling} State {c}", f"{spelling} state {c}", f"{spelling} state {c.lower()}"]
        forms += [f"{p} state {c}" for p in _possessives(spelling)]
        if bare:
            forms += [f"{p} {c}" for p in _possessives(spelling)]
    return forms


def _turned(name: str) -> list[str]:
    """ "Regional Council of Ostrobothnia" also as "Ostrobothnia Regional Council"."""
    if " of " in name:
        head, _, place = name.partition(" of ")
        return [f"{place} {head}"]
    return []


def _blocked_names(data_dir: Path) -> set[str]:
    """Names that are a state's or its capital's: a region spelled so names its body outright only."""
    path = data_dir / "gazetteer" / "countries.json"
    raw = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    names = set(Locale("en").territories.values())
    for spec in raw.get("countries", {}).values():
        names.update(spec.get("en", []))
        names.update(spec.get("capitals_en", [])[:1])
    return names


def with_subdivisions(data_dir: Path, entries: list[dict]) -> list[dict]:
    """`entries` with the bodies of the subdivisions in `subdivisions.json`: a body the entries
    already have (by its name) takes the forms it lacks as aliases; the others are new rows. Every
    such row carries its region's spellings (`region`) and the body it is (`subdivision`)."""
    path = data_dir / "gazetteer" / "subdivisions.json"
    if not path.exists():
        return entries
    try:
        countries = json.loads(path.read_text(encoding="utf-8")).get("countries", {})
    except json.JSONDecodeError as e:
        raise InputError(f"gazetteer file {path.name} is not valid JSON: {e}") from None
    out = [dict(e) for e in entries]
    by_name = {e["name"]: e for e in out}
    taken = set()
    for row in out:
        taken.add(row["name"])
        taken.update(row.get("_aliases", []))
    blocked = _blocked_names(data_dir)
    spelled = Counter(r for spec in countries.values() for r in spec.get("regions", []))
    for code, spec in countries.items():
        unit = spec.get("unit", "region")
        legislature_forms = partial(_legislature_forms, council=bool(spec.get("council")))
        for region in spec.get("regions", []):
            spellings = [region, *spec.get("aliases", {}).get(region, [])]
            bare = region not in blocked and spelled[region] == 1
            for body, pattern, overrides, forms in (
                    ("government", spec.get("government"), spec.get("governments", {}), _government_forms),
                    ("legislature", spec.get("legislature"), spec.get("legislatures", {}), legislature_forms),
                    ("upper", spec.get("upper"), spec.get("uppers", {}), None),
                    ("lower", spec.get("lower"), spec.get("lowers", {}), None)):
                if region in overrides and overrides[region] is None:
                    continue  # a territory with no such body (India's Ladakh has no legislature)
                name = overrides.get(region)
                if name is None and pattern and (bare or " of {region}" not in pattern):
                    # «Government of Georgia» is the state's: a region spelled like one is named
                    # by a pattern only where the pattern says what it is ("Georgia State Government")
                    name = pattern.format(region=region)
                if not name or (name in taken and name not in by_name):
                    continue  # none, or another body's alias: the hand-written row has it
                if forms is None:
                    forms = partial(_chamber_forms, name=name, region=region)
                aliases = [name, *_turned(name)]
                for s in spellings:
                    aliases += forms(s, unit, bare)
                    if pattern and s != region and (bare or " of {region}" not in pattern):
                        aliases.append(pattern.format(region=s))
                aliases = [a for a in dict.fromkeys(aliases) if a not in taken]
                taken.update(aliases)
                found = by_name.get(name)
                if found is not None and found.get("kind") != "org":
                    continue
                if found is None:
                    if not aliases:
                        continue
                    found = {"id": f"{slugify(name)}-{code.lower()}", "name": name, "kind": "org", "country": code,
                             "_aliases": []}
                    out.append(found)
                    by_name[name] = found
                row = found
                row["_aliases"] = [*row.get("_aliases", []), *aliases]
                row["region"] = [*row.get("region", []), *(s for s in spellings if bare)]
                row["subdivision"] = body
    return out
