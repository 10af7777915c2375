"""Arabic phrases that name the two sides of a joint undertaking by their states (used by
`countries.acting`).

Arabic names the parties of talks, a summit or a round of negotiations by stacking their nisba
adjectives after the noun: «المحادثات السورية الإسرائيلية», «القمة الحكومية المصرية الأردنية»,
«جولة مفاوضات روسية أوكرانية». Each state of such a pair is a side of the undertaking, as after
"between", so it acts; one adjective alone («القمة العربية», «الحرب الروسية») names an owner or a
region, not two sides, and does not count. A dual body noun names two sides too: «يصل وفدان مصري
وأردني», «بمشاركة وفدين من تونس والجزائر». The nouns are `party_nouns_ar` in `countries.json` and
`dual_bodies_ar` in `joint_states.json` (both `data/gazetteer`).

A joint meeting names its members by the people who sit for them: «الاجتماع الرباعي لوزراء النقل في
العراق وتركيا وقطر والإمارات», «بمشاركة ممثلين عن لبنان وإسرائيل وفرنسا». Every state of the list
after such a noun is a member and acts, though the list would otherwise pass as a mention in passing
(`meeting_members_ar`; words `member_nouns_ar`, `member_triggers_ar`). So is a list in construct with
the noun («قمة رباعية تجمع قادة الأردن والإمارات ومصر»), and a list after «بين» that follows a joint
meeting's count adjective or a summit word («الاجتماع الثلاثي الأول بين الأردن وسوريا وتركيا»).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

from claimtracker.config import DATA_DIR
from claimtracker.extract.phrases import Token, ar_keys, positions, token_index
from claimtracker.text import normalize_text

# definite adjectives that may stand between the noun and its states («المحادثات الأمنية السورية …»)
_MAX_BETWEEN = 2


def joint_states_ar(text: str, tokens: list[Token], hits: Sequence, party_nouns: frozenset[str],
                    duals: frozenset[str]) -> list:
    """The country hits that the two constructions of this module make act (`duals` from `load_duals`)."""
    return paired_parties_ar(text, tokens, hits, party_nouns) + dual_bodies_ar(text, tokens, hits, duals)


@lru_cache(maxsize=4)
def load_duals(data_dir: Path = DATA_DIR) -> frozenset[str]:
    """The dual body nouns of `joint_states.json` in the data folder `data_dir`."""
    path = Path(data_dir) / "gazetteer" / "joint_states.json"
    table = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return frozenset(normalize_text(w) for w in table.get("dual_bodies_ar", []))


@lru_cache(maxsize=4)
def load_members(data_dir: Path = DATA_DIR) -> tuple[frozenset[str], frozenset[str]]:
    """The member nouns and their triggers of `joint_states.json` in the data folder `data_dir`."""
    path = Path(data_dir) / "gazetteer" / "joint_states.json"
    table = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return (frozenset(normalize_text(w) for w in table.get("member_nouns_ar", [])),
            frozenset(normalize_text(w) for w in table.get("member_triggers_ar", [])))


# words between a member noun and its في/عن/من (a portfolio: «وزراء الطاقة», «وزراء خارجية»), and
# between a trigger and the noun («اجتماعا وزاريا ثلاثيا يضم وزراء»)
_MAX_PORTFOLIO = 2
_MAX_TRIGGER = 4
_MEMBER_PREPS = frozenset({"في", "عن", "من"})
_BETWEEN = frozenset({"بين"})
# the clitics a listed members' noun may carry («ووزراء», «لممثلين», «بوفود»)
_CLITICS = ("و", "ل", "ب")


def listed_member_nouns(words: Iterable[str]) -> frozenset[str]:
    """The nouns of `listed_members_ar` (normalised) with the clitics they may carry."""
    nouns = {normalize_text(w).strip() for w in words}
    return frozenset(nouns | {c + n for c in _CLITICS for n in nouns})


def meeting_members_ar(text: str, tokens: list[Token], hits: Sequence,
                       members: tuple[frozenset[str], frozenset[str]]) -> list:
    """The states listed after a member noun of a joint meeting («لوزراء النقل في العراق وتركيا»)."""
    nouns, triggers = members
    if not triggers:
        return []
    found = positions(map(itemgetter(0), tokens), nouns | _BETWEEN)
    if not found:
        return []
    at = [k for k in found if tokens[k].text in nouns]
    between = [k for k in found if tokens[k].text in _BETWEEN]
    names = {h.start: h for h in hits if h.via in ("name", "capital")}

    def triggered(k: int) -> bool:
        return any(tokens[t].text in triggers for t in range(max(0, k - _MAX_TRIGGER), k))

    out: list = []
    for k in at:
        if not triggered(k):
            continue
        p: int | None
        if k + 1 < len(tokens) and tokens[k + 1].start in names and text[tokens[k].end:tokens[k + 1].start] == " ":
            p = k  # «قمة رباعية تجمع قادة الأردن والإمارات …»: the states in construct with the noun
        else:
            p = next((q for q in range(k + 1, min(len(tokens), k + 2 + _MAX_PORTFOLIO))
                      if tokens[q].text in _MEMBER_PREPS), None)
        if p is None or p + 1 >= len(tokens):
            continue
        listed = _listed(text, tokens, names, p + 1)
        if len({h.code for h in listed}) >= 2:
            out.extend(listed)
    # «الاجتماع الوزاري الثلاثي الأول بين الأردن وسوريا وتركيا»: a joint meeting's states after بين
    for k in between:
        if k + 1 < len(tokens) and triggered(k):
            listed = _listed(text, tokens, names, k + 1)
            if len({h.code for h in listed}) >= 2:
                out.extend(listed)
    return out


def group_members_ar(text: str, tokens: list[Token], hits: Sequence, words: frozenset[str]) -> list:
    """«التي تضم الولايات المتحدة والسعودية ومصر», «ومنهم المملكة المتحدة», «بينها قطر»: the states
    listed right after a word of `words` (normalised) are a group's members."""
    at = positions(map(itemgetter(0), tokens), words) if words else []
    if not at:
        return []
    names = {h.start: h for h in hits if h.via == "name"}
    out: list = []
    for k in at:
        out.extend(_listed(text, tokens, names, k + 1))
    return out


def listed_members_ar(text: str, tokens: list[Token], hits: Sequence, nouns: frozenset[str]) -> list:
    """«حضور وزراء من إيطاليا وتركيا ومصر», «مسؤولون من قطر والكويت»: two or three states named right
    after a noun of the people who sit for them and من/عن each take part, as "officials from Kenya and
    Uganda" do in English. Four or more names are an enumeration, not parties; one alone is where
    the people come from (`meeting_members_ar` asks the same of a joint meeting's list)."""
    # `nouns` from `listed_member_nouns`: each form looked up as a whole token, in one pass in C
    at = positions(map(itemgetter(0), tokens), nouns) if nouns else []
    if not at:
        return []
    names = {h.start: h for h in hits if h.via == "name"}
    out: list = []
    for k in at:
        if k + 2 >= len(tokens) or tokens[k + 1].text not in ("من", "عن") or not _plain_gap(text, tokens, k) \
                or not _plain_gap(text, tokens, k + 1):
            continue
        listed = _listed(text, tokens, names, k + 2)
        if 2 <= len(listed) <= 3:
            out.extend(listed)
    return out


def _listed(text: str, tokens: list[Token], names: dict, first: int) -> list:
    """The state names listed from tokens[first] on, joined by و or «، » (`names` by start)."""
    listed = []
    q = first
    while q < len(tokens) and tokens[q].start in names and (q == first or tokens[q].text.startswith("و")
                                                          or text[tokens[q - 1].end:tokens[q].start] == "، "):
        h = names[tokens[q].start]
        listed.append(h)
        last = token_index(tokens, h.end, 2)
        if last is None:
            break
        q = last + 1
    return listed


def paired_parties_ar(text: str, tokens: list[Token], hits: Sequence, party_nouns: frozenset[str]) -> list:
    """The states of two or more nisbas stacked after a joint undertaking's noun."""
    at = _adjectives_at(tokens, hits)
    out: list = []
    after = 0  # the token after the last run: a run starts at a nisba token, none inside another run
    for i in sorted(at):
        if i < after:
            continue
        run = _run(text, tokens, at, i)
        if len(run) >= 2 and len({at[k].code for k in run}) >= 2 and (
                _party_noun_before(text, tokens, i, party_nouns, at)
                or _joint_after(text, tokens, run[-1], party_nouns)):
            out.extend(at[k] for k in run)
        after = run[-1] + 1
    return out


def dual_bodies_ar(text: str, tokens: list[Token], hits: Sequence, duals: frozenset[str]) -> list:
    """«وفدان سوري وإسرائيلي», «وفدين من قطر وإسرائيل»: the two states a dual body noun names."""
    # the dual nouns found in one pass in C: most texts have none, and then no hit is placed
    at = positions(map(itemgetter(0), tokens[:-2]), duals)
    if not at:
        return []
    by_token = {}
    for h in hits:
        if h.via in ("adjective", "name") and not h.listed:
            k = token_index(tokens, h.start, 1)
            if k is not None:
                by_token[k] = h
    out: list = []
    for i in at:
        j = i + 1
        if tokens[j].text == "من":
            j += 1
        first = by_token.get(j)
        if first is None or not _plain_gap(text, tokens, j - 1):
            continue
        k = j + 1
        if k < len(tokens) and tokens[k].text == "و" and _plain_or_quote(text, tokens, k):
            k += 1  # «و"إسرائيل"»: the conjunction stands alone before a quotation mark
        elif k >= len(tokens) or not tokens[k].text.startswith("و"):
            continue
        second = by_token.get(k)
        if second is not None and second.code != first.code:
            out.append(first)
            out.append(second)
    return out


def _adjectives_at(tokens: list[Token], hits: Sequence) -> dict:
    at = {}
    for h in hits:
        # a definite nisba that is also the state's name (السعودية) counts among the adjectives
        if h.via == "adjective" or (h.via == "name" and tokens and _definite_at(tokens, h.start)):
            k = token_index(tokens, h.start, 1)
            if k is not None and tokens[k].end == h.end:
                at[k] = h
    return at


def _definite_at(tokens: list[Token], start: int) -> bool:
    k = token_index(tokens, start, 1)
    return k is not None and tokens[k].text.startswith("ال")


def _run(text: str, tokens: list[Token], at: dict, i: int) -> list[int]:
    """The consecutive nisba tokens from i on (a single space between each two)."""
    run: list[int] = []
    k = i
    while k in at and (not run or text[tokens[k - 1].end:tokens[k].start] == " "):
        run.append(k)
        k += 1
    return run


def _party_noun_before(text: str, tokens: list[Token], i: int, nouns: frozenset[str], at: dict) -> bool:
    """A joint undertaking's noun right before tokens[i], or before up to two adjectives that agree
    with it in definiteness («المحادثات الأمنية السورية …», «مناورات بحرية إماراتية فرنسية»)."""
    between: list[str] = []
    for k in range(i - 1, max(-1, i - 2 - _MAX_BETWEEN), -1):
        if text[tokens[k].end:tokens[k + 1].start] != " ":
            return False
        word = tokens[k].text
        if any(f in nouns for f in ar_keys(word)):
            definite = word.startswith(("ال", "وال", "بال", "لل"))
            return all(w.startswith("ال") == definite for w in between)
        if k in at:
            return False
        between.append(word)
    return False


def _joint_after(text: str, tokens: list[Token], last: int, nouns: frozenset[str]) -> bool:
    """«اللجنة الكويتية العمانية المشتركة»: a definite "joint" right after the nisbas makes their
    states the two sides, whatever the noun before them (a committee, a force, a drill)."""
    k = last + 1
    return k < len(tokens) and text[tokens[last].end:tokens[k].start] == " " \
        and tokens[k].text.startswith("ال") and tokens[k].text in nouns


def _plain_gap(text: str, tokens: list[Token], k: int) -> bool:
    return text[tokens[k].end:tokens[k + 1].start] == " "


def _plain_or_quote(text: str, tokens: list[Token], k: int) -> bool:
    """Only spaces and quotation marks between tokens[k] and the next one."""
    return k + 1 < len(tokens) and all(ch in " \"«»“”'" for ch in text[tokens[k].end:tokens[k + 1].start])
