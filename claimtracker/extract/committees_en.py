"""A chamber's committee named by its portfolio after the chamber's possessive: "Parliament's
finance committee", "The Senate's indigenous affairs committee", "the National Assembly's
transport committee". A committee the text names in capitals ("Parliament's Public Accounts
Committee") is read by that name elsewhere: the golds split on those.

News writes a committee so when the reader is not expected to know its name. The committee is
what acts (it hears, questions, votes), and the chamber is only named as its owner, so the
committee takes the chamber's place among the actors, named as the golds name it: "Finance
Committee of the Parliament of Ghana", "Environment Committee of the Croatian Parliament"; a
chamber whose committees bear another form of name in English has it in `committee_name_forms_en`
("Riksdag Committee on Defence", as the Riksdag names its own). A committee whose name goes on
("the Senate's committee on foreign relations") is left alone. The chambers and the words that
describe a committee without naming its portfolio ("powerful", "own") are data:
`committee_chambers_en` and `committee_skip_en` in `institutions.json`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_WORD = r"[A-Za-z][a-z]+(?:-[a-z]+)*"
_MAX_WORDS = 4  # portfolio words before "committee"
_LOWER = frozenset({"and", "of", "for", "on", "the"})


class CommitteeWords(NamedTuple):
    chambers: tuple[str, ...]  # "Parliament", "National Assembly", "Sejm"
    skip: frozenset[str]  # "powerful", "own": no portfolio
    forms: dict[str, str]  # chamber's name -> its committees' form of name, "{portfolio}" in it

    @classmethod
    def from_table(cls, table: dict) -> CommitteeWords:
        return cls(tuple(table.get("committee_chambers_en", [])), frozenset(table.get("committee_skip_en", [])),
                   dict(table.get("committee_name_forms_en", {})))

    def pattern(self) -> re.Pattern[str] | None:
        if not self.chambers:
            return None
        chambers = "|".join(map(re.escape, sorted(self.chambers, key=len, reverse=True)))
        return re.compile(
            rf"(?<![\w-])(?P<chamber>{chambers})(?:'s|’s|'|’) "
            rf"(?P<portfolio>{_WORD}(?:(?:,? and |, | ){_WORD}){{0,{_MAX_WORDS - 1}}}) [Cc]ommittee\b"
            r"(?! (?:of|on|for|to)\b)")


class Committee(NamedTuple):
    chamber_start: int
    chamber_end: int
    end: int  # past "committee"
    portfolio: str  # title-cased: "Defence and Interior"


def find_committees(text: str, pattern: re.Pattern[str], skip: frozenset[str]) -> list[Committee]:
    """The possessive committees of `text`; "Parliament's own committee" names no portfolio."""
    out = []
    for m in pattern.finditer(text):
        words = re.split(r"(,? and |, | )", m.group("portfolio"))
        parts = words[::2]
        while parts and parts[0].lower() in skip:
            parts = parts[1:]
            words = words[2:]
        if not parts or any(p.lower() in skip for p in parts) or not parts[-1].islower():
            continue  # a committee the text names in capitals is read by its name
        portfolio = "".join(w if i % 2 else _title(w) for i, w in enumerate(words))
        out.append(Committee(m.start("chamber"), m.end("chamber"), m.end(), portfolio))
    return out


def committee_name(portfolio: str, chamber: str, forms: dict[str, str]) -> str:
    form = forms.get(chamber)
    return form.format(portfolio=portfolio) if form else f"{portfolio} Committee of the {chamber}"


def _title(word: str) -> str:
    return word if word in _LOWER else word[:1].upper() + word[1:]
