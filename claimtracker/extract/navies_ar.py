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
the state's of a military source just before it in the sentence («أفاد المتحدث العسكري المصري بأن القوات
البحرية ...»), the text's own state's when that source names none («أفادت وزارة الدفاع الوطني بأن
وحدات حرس الحدود ...»), and else left out: which state's it is, the rules cannot tell. A counterpart after a
branch («مع نظيرتها الإيطالية») is the same branch of the state named after it.
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
# a source's words that make the state named right after them the speaker's army: «المتحدث العسكري
# المصري», «مصدر عسكري مصري», «وزارة الدفاع المصرية»
_MILITARY_SOURCE_AR = frozenset(_ar(w) for w in ("العسكري", "عسكري", "العسكرية", "عسكرية", "الدفاع", "الجيش", "الأركان"))
# «نظيرتها الإيطالية» after a navy: its counterpart, the same branch of the state named after it
_COUNTERPART_AR = frozenset(_ar(w) for w in ("نظيرتها", "نظيرتيها", "نظيراتها", "نظيره", "نظيرتيه", "نظيرته"))
_LOOK_BACK = 12  # tokens from a bare branch back to the military source that names its state
# «الوطنية»: a branch's own state's, as the text's state («البحرية الوطنية»; not «الجيش الوطني», which
# may name a force of its own, the Libyan National Army)
_NATIONAL_AR = frozenset((_ar("الوطنية"), _ar("الوطني")))
_LOOK_AHEAD = 10  # tokens from a branch to its counterpart
STARTERS_AR = _NAVY_FORMS_AR | frozenset(_ARMY_FORMS_AR) | frozenset(w for firsts, _, _ in _PAIRS_AR for w in firsts)


def _sentence_gap(text: str, tokens: list[Token], t: int) -> bool:
    """Whether a sentence ends between tokens t - 1 and t."""
    return any(c in ".!?؟\n" for c in text[tokens[t - 1].end:tokens[t].start])


def _speaker_state(text: str, tokens: list[Token], words: list[str], by_start: dict, first: int,
                   main: Callable[[], str | None]) -> str | None:
    """The state of a military source earlier in the sentence of a branch named with no nationality
    («أفاد المتحدث العسكري المصري بأن القوات البحرية ستنفذ ...»: Egypt's navy), or None. A source with
    no nationality («أفادت وزارة الدفاع الوطني بأن وحدات حرس الحدود ...») is the text's own state's
    (`main()`)."""
    for t in range(first - 1, max(first - _LOOK_BACK, 0) - 1, -1):
        if _sentence_gap(text, tokens, t + 1):
            return None
        h = by_start.get(tokens[t].start)
        if h is not None:
            return h.code if t > 0 and words[t - 1] in _MILITARY_SOURCE_AR and h.via == "adjective" else None
        if words[t] in _MILITARY_SOURCE_AR and t + 1 < first:
            return main()
    return None


def _counterpart(text: str, tokens: list[Token], words: list[str], by_start: dict, j: int) -> tuple[str, int] | None:
    """The state and token of a counterpart named in the sentence after a branch that ends before
    token j («ستنفذ مع نظيرتها الإيطالية تدريبا»), or None."""
    for t in range(j, min(j + _LOOK_AHEAD, len(tokens) - 1)):
        if t > 0 and _sentence_gap(text, tokens, t):
            return None
        if _COUNTERPART_AR.isdisjoint(surface_ar(words[t])):
            continue
        h = by_start.get(tokens[t + 1].start)
        return (h.code, t + 1) if h is not None and h.via == "adjective" else None
    return None


def find_navies(text: str, tokens: list[Token], words: list[str], at: list[int], by_start: dict,
                spaced: Callable[[int, int], bool], adjective: Callable[[str], str | None],
                data_dir: Path, main: Callable[[], str | None]) -> list[InstitutionHit]:
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
        if not codes and army is None and j < n and spaced(j - 1, j) and words[j] in _NATIONAL_AR \
                and (own := main()) is not None:
            codes.append((own, j))  # «البحرية الوطنية»: the national navy of the text's own state
            j += 1
        if not codes and army is None and (speaker := _speaker_state(text, tokens, words, by_start, first, main)):
            codes.append((speaker, j - 1))
        for code, last in codes:
            # a second nationality («واليونانية») is a second navy, spanning its own word
            start = tokens[first].start if last == codes[0][1] else tokens[last].start
            if (found := force_name(data_dir, code, branch, adjective)) is not None:
                out.append(InstitutionHit(found[0], code, start, tokens[last].end, found[1]))
        if army is None and (other := _counterpart(text, tokens, words, by_start, j)) is not None \
                and (found := force_name(data_dir, other[0], branch, adjective)) is not None:
            out.append(InstitutionHit(found[0], other[0], tokens[other[1] - 1].start, tokens[other[1]].end, found[1]))
    return out
