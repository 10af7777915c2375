"""A state's navy named in Arabic by «البحرية», «القوات البحرية» or «القوة البحرية» and its nationality:
«البحرية الكويتية», «القوات البحرية الملكية السعودية», «القوات البحرية المصرية واليونانية», «البحريتان المغربية والنيجيرية»;
its coast guard, air force and border guards likewise by their two words («قوات خفر السواحل اليمنية»,
«القوات الجوية الملكية السعودية», «سلاح الجو الأردني», «قوات الحدود العراقية», «قيادة حرس الحدود الأردنية»).
The dual of «الجيش» names two armies the same way («الجيشان المصري والسعودي»), and its plural with a
nisba a state's armed forces («قيادة الأركان العامة للجيوش الموريتانية»), unless a minister's title
stands before it («وزيرة الجيوش الفرنسية»: a portfolio).

The force is the gazetteer's row for that state where it has one (Kuwait Naval Force, Hellenic
Navy), else "<Nationality> Navy", "... Coast Guard", "... Air Force", "... Border Guard" or "... Border
Forces". «البحرية» after a definite noun is that noun's adjective, not a navy: «الحدود البحرية العمانية»
(the maritime border), «القاعدة البحرية الروسية» (a naval base). A branch named with no nationality is
left out: which state's it is, the rules cannot tell.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from claimtracker.extract.institutions_ar import InstitutionHit
from claimtracker.extract.phrases import Token, surface_ar
from claimtracker.extract.state_forces import force_name
from claimtracker.text import normalize_text


def _ar(word: str) -> str:
    return normalize_text(word).strip()


NAVY_AR = _ar("البحرية")
# the dual names two navies by the two nationalities after it («البحريتان المغربية والنيجيرية»)
_NAVY_FORMS_AR = frozenset({NAVY_AR, _ar("البحريتان"), _ar("البحريتين")})
# the dual of «الجيش» names two armies, and its plural a state's armed forces as the Maghreb calls
# them («قيادة أركان الجيوش الموريتانية»); the singular is the gazetteer's and `institutions_ar`'s
_ARMY_FORMS_AR = {_ar("الجيشان"): "army", _ar("الجيشين"): "army", _ar("الجيوش"): "forces"}
# «وزيرة الجيوش الفرنسية» is France's minister of the armed forces: the plural there is a portfolio
_PORTFOLIO_OF_AR = frozenset({_ar("وزير"), _ar("وزيرة"), _ar("وزارة")})
_FORCES_AR = frozenset({_ar("القوات"), _ar("القوة")})
_ROYAL_AR = frozenset({_ar("الملكية"), _ar("السلطانية"), _ar("الأميرية")})
_GUARD_AR = frozenset({_ar("خفر"), _ar("حرس")})
_COASTS_AR = _ar("السواحل")
# two-word branches: (first words, second word) -> branch
_PAIRS_AR = (
    (_GUARD_AR, _COASTS_AR, "coast_guard"),
    (frozenset({_ar("حرس")}), _ar("الحدود"), "border_guard"),
    (frozenset({_ar("قوات"), _ar("القوات")}), _ar("الحدود"), "border_forces"),
    (frozenset({_ar("القوات"), _ar("القوة")}), _ar("الجوية"), "air_force"),
    (frozenset({_ar("سلاح")}), _ar("الجو"), "air_force"),
)
STARTERS_AR = _NAVY_FORMS_AR | frozenset(_ARMY_FORMS_AR) | frozenset(w for firsts, _, _ in _PAIRS_AR for w in firsts)


def find_navies(tokens: list[Token], words: list[str], at: list[int], by_start: dict,
                spaced: Callable[[int, int], bool], adjective: Callable[[str], str | None],
                data_dir: Path) -> list[InstitutionHit]:
    out: list[InstitutionHit] = []
    n = len(tokens)
    for k in at:
        forms = surface_ar(words[k])
        pair = next((br for firsts, second, br in _PAIRS_AR if not firsts.isdisjoint(forms) and k + 1 < n
                     and spaced(k, k + 1) and words[k + 1] == second), None)
        army = next((_ARMY_FORMS_AR[f] for f in forms if f in _ARMY_FORMS_AR), None)
        if pair is not None:
            branch, k = pair, k + 1
        elif army is not None:
            if k > 0 and not _PORTFOLIO_OF_AR.isdisjoint(surface_ar(words[k - 1])):
                continue
            branch = army
        elif _NAVY_FORMS_AR.isdisjoint(forms):
            continue
        else:
            branch = "navy"
        first = k if branch == "navy" or army is not None else k - 1
        if first > 0 and spaced(first - 1, first) and not _FORCES_AR.isdisjoint(surface_ar(words[first - 1])):
            first -= 1
        elif branch == "navy" and k > 0 and spaced(k - 1, k) and words[k - 1].startswith("ال") \
                and not words[k].startswith("و"):
            # «الحدود البحرية»: an adjective of the noun before it (but «والبحرية الإسبانية» after
            # another navy is a second one, joined by the conjunction)
            continue
        j = k + 1
        if j < n and spaced(j - 1, j) and words[j] in _ROYAL_AR:
            j += 1
        codes: list[tuple[str, int]] = []
        while j < n and spaced(j - 1, j):
            h = by_start.get(tokens[j].start)
            # «السعودية» is the state's name and its nisba
            if h is None or not (h.via == "adjective" or words[j].endswith(("يه", "ي"))) \
                    or (codes and not words[j].startswith("و")):
                break
            codes.append((h.code, j))
            j += 1
        for code, last in codes:
            # a second nationality («واليونانية») is a second navy, spanning its own word
            start = tokens[first].start if last == codes[0][1] else tokens[last].start
            if (found := force_name(data_dir, code, branch, adjective)) is not None:
                out.append(InstitutionHit(found[0], code, start, tokens[last].end, found[1]))
    return out
