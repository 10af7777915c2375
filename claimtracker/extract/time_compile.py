"""Compiling the time grammar: from the vocabulary and the pattern lists to the regexes the scan uses.

One regex per kind of head word (month, weekday, unit, number, ...) holds the patterns a phrase
starting at such a head can match, in grammar order; group names are prefixed by pattern so that
one match tells which pattern and which parts matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtracker.extract import time_grammar_ar, time_grammar_en
from claimtracker.extract.time_lexicon import LangWords, fold, trie_alt

GRAMMARS = {"en": time_grammar_en.patterns, "ar": time_grammar_ar.patterns}
_GROUP = re.compile(r"\(\?P<(\w+)>")


@dataclass(frozen=True, slots=True)
class Grammar:
    words: LangWords
    handlers: tuple[str, ...]  # handler name of pattern i (group "p{i}")
    group_names: tuple[tuple[str, ...], ...]  # the named groups of pattern i, without the "p{i}_" prefix
    heads: re.Pattern  # the words a time phrase cannot do without: the cheap pre-check
    head_kinds: dict[str, frozenset[str]]  # head word -> its kinds (month, weekday, unit, ...)
    regexes: dict[frozenset[str], re.Pattern]  # head kinds -> the patterns that can hold such a head
    followers: frozenset[str]  # words after a number that can make it a date ("25 الجاري")
    starters: frozenset[str]  # words a phrase may begin with, before its head
    prefixes: dict[str, re.Pattern]  # modifier kind -> regex that must end where a phrase starts
    prefix_last: frozenset[str]  # last words of the modifiers, to skip the regexes when none is there
    prefix_gap: tuple[str, ...]  # modifiers that may stand a few words away ("as early as ... on Sept. 28")
    break_re: re.Pattern  # sentence breaks: no phrase crosses one
    connector: re.Pattern
    connector_lead: re.Pattern  # a phrase that starts with "or"/"and"/"to" ("in 2020 and 2021")
    prefix_lead: re.Pattern  # a modifier a pattern took as context ("by 2026"): left for _apply_prefix
    duration_from: re.Pattern
    breaks: str


# Each kind of head word, the lexicon keys that hold it, and the handlers of the patterns that can
# contain a phrase whose first head is of that kind. A phrase is matched only from its first head,
# so "the second week of July" is found from "week", "اليوم الأحد 8 جوان" from "اليوم".
_HEADS = {
    "month": (("months", "months_abbrev"), {"date", "month"}),
    "weekday": (("weekdays",), {"date", "weekday"}),
    "unit": (("units", "dual_units", "plural_units", "period_nouns", "weekend", "year_end", "same_month"),
             {"date", "month", "period", "year", "within", "in_n", "ago", "duration", "weekend", "year_end", "fixed",
              "hijri"}),
    "season": (("seasons",), {"season"}),
    "hijri": (("hijri_months", "hijri_feasts"), {"hijri"}),
    "part": (("quarter", "half"), {"year", "period"}),
    "code": (("half_codes", "quarter_codes"), {"year"}),
    "fixed": (("fixed_days",), {"date", "weekday", "fixed", "period"}),
    "soon": (("soon",), {"soon"}),
    "vague": (("vague",), {"vague", "period"}),
    "digit": ((), {"numeric", "date", "year", "within", "in_n", "ago", "duration", "day_only"}),
}
_NOT_STARTERS = ("connectors", "sentence_breaks", "prefix_by", "prefix_before", "prefix_open", "prefix_open_gap",
                 "prefix_after", "prefix_between", "after_n", "ago", "duration_from", "day_suffixes", "of", "and",
                 "today_not_before", "time_of_day", "time_of_day_after", "_about")


def compile_grammar(words: LangWords) -> Grammar:
    lang = words.lang
    parts: list[tuple[str, str]] = []
    handlers = []
    group_names: list[tuple[str, ...]] = []
    for i, (handler, pat) in enumerate(GRAMMARS[lang](words)):
        group_names.append(tuple(dict.fromkeys(_GROUP.findall(pat))))
        pat = _GROUP.sub(lambda m, i=i: f"(?P<p{i}_{m.group(1)}>", pat)
        parts.append((handler, f"(?P<p{i}>{pat})"))
        handlers.append(handler)
    # Heads are found by their last word: "as soon as possible" by "possible".
    head_kinds: dict[str, set[str]] = {}
    for kind, (keys, _) in _HEADS.items():
        for key in keys:
            for w in words.words(key):
                f = fold(w, lang)
                if f:
                    head_kinds.setdefault(f.split()[-1], set()).add(kind)
    kinds = {k: frozenset(v) for k, v in head_kinds.items()}
    kind_sets = set(kinds.values()) | {frozenset({"digit"})}
    regexes = {ks: re.compile("|".join(p for h, p in parts if any(h in _HEADS[k][1] for k in ks)))
               for ks in kind_sets}
    heads = re.compile(rf"(?:{trie_alt(set(kinds))})(?!\w)|\d+")
    starters = frozenset(fold(w, lang).split()[0] for key in words.raw if key not in _NOT_STARTERS
                         for w in words.words(key) if fold(w, lang))
    followers = frozenset(fold(w, lang).split()[0] for key in ("rel", "same_month", "day_suffixes", "of")
                          for w in words.words(key) if fold(w, lang))
    clitic = "(?:[وف])?" if lang == "ar" else ""
    lead = r"(?<![\w])"
    prefixes = {}
    for kind in ("prefix_open_gap", "prefix_since", "prefix_by", "prefix_before", "prefix_open", "prefix_after",
                 "prefix_between"):
        if not words.words(kind):
            continue
        gap = r"\b[^.;!?\n]{0,80}?" if kind == "prefix_open_gap" else ""
        prefixes[kind] = re.compile(rf"{lead}{clitic}(?:{words.alt(kind)}){gap}\s*\Z")
    connector = re.compile(rf"\s*,?\s*{clitic}(?:{words.alt('connectors')})\s*\Z")
    prefix_kinds = [k for k in prefixes if k != "prefix_open_gap"]
    prefix_lead = re.compile(rf"{clitic}(?:{words.alt(*prefix_kinds)})\s+")
    attached = "|و(?=\\w)" if lang == "ar" else ""  # Arabic "and" is written onto the next word
    connector_lead = re.compile(rf"{clitic}(?:{words.alt('connectors')})(?:\s|(?=\d)){attached}")
    duration_from = re.compile(rf"\s*{clitic}(?:{words.alt('duration_from')})\s*\Z")
    kinds_pre = [k for k in prefixes if k != "prefix_open_gap"]
    prefix_last = frozenset(fold(w, lang).split()[-1] for k in kinds_pre for w in words.words(k) if fold(w, lang))
    prefix_gap = tuple(fold(w, lang) for w in words.words("prefix_open_gap"))
    return Grammar(words, tuple(handlers), tuple(group_names), heads, kinds, regexes, followers, starters, prefixes, prefix_last,
                    prefix_gap, re.compile("|".join(re.escape(c) for c in words.words("sentence_breaks"))), connector, connector_lead, prefix_lead,
                    duration_from, "".join(words.words("sentence_breaks")))


