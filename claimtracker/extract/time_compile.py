"""Compiling the time grammar: from the vocabulary and the pattern lists to the regexes the scan uses.

One regex per kind of head word (month, weekday, unit, number, ...) holds the patterns a phrase
starting at such a head can match, in grammar order; group names are prefixed by pattern so that
one match tells which pattern and which parts matched.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from re import _parser as sre_parse  # type: ignore[attr-defined]  # the parsed form of a regex, read once at load

from claimtracker.extract import time_grammar_ar, time_grammar_en
from claimtracker.extract.alternation import compile_led
from claimtracker.extract.build_cache import Rebuilt
from claimtracker.extract.regex_starts import START, match_starts
from claimtracker.extract.time_context import (
    after_superlative,
    before_clause,
    before_event,
    negated_before,
    quoted_title,
)
from claimtracker.extract.time_lexicon import LangWords, fold, trie_alt
from claimtracker.extract.time_starts import (
    Runs,
    first_two_runs,
    head_skip,
    kind_matchers,
    start_table,
    word_pairs,
)

GRAMMARS = {"en": time_grammar_en.patterns, "ar": time_grammar_ar.patterns}
_GROUP = re.compile(r"\(\?P<(\w+)>")
CLITICS = "وفبلك"  # Arabic letters written onto the next word: and, then, with/in, for, like


@dataclass(frozen=True, slots=True)
class Pattern:
    """One pattern of the grammar, compiled alone."""

    index: int  # its place in the grammar
    handler: str
    regex: re.Pattern
    groups: tuple[int, ...]  # numbers of its named groups, in the order of `names`
    names: tuple[str, ...]
    cased: tuple[tuple[str, int], ...]  # (name, number) of the groups an English capital must begin


# How many characters of a phrase's start tell which patterns may match there.
_START = START


@dataclass(frozen=True, slots=True)
class KindPatterns:
    """The patterns that can hold a head of some kinds, in grammar order, and where each may start.

    At one position the first pattern that matches wins, as in one regex that joins them all; a
    pattern that cannot start with the text's next characters cannot be that one, so only the
    others are tried, which is a few of the twenty or forty.
    """

    patterns: tuple[Pattern, ...]
    always: int  # bit k: patterns[k] may start with any character
    by_start: dict[str, int]  # 1 to _START characters -> bits of the patterns whose matches may start so
    choices: dict[int, tuple[Pattern, ...]]  # bits -> those patterns, in order, for every bits `at` can make
    # bits -> (regex.match, pattern) of those patterns: the scan tries a few hundred per text, and a
    # bound method read once saves two attribute lookups on each
    matchers: dict[int, tuple[tuple[Callable, Pattern], ...]]
    # A key of `by_start` -> the matchers `at` gives for a text starting with it, its shorter
    # prefixes' bits included: the scan tries the 3-character start, then 2, then 1, then `always`,
    # one dict lookup where `at` takes three and a second for the matchers
    matchers_by_key: dict[str, tuple[tuple[Callable, Pattern], ...]]
    matchers_always: tuple[tuple[Callable, Pattern], ...]
    # bits of the patterns (bit i: pattern i of the grammar), and bits of a `Grammar.start_table`
    # entry, masked -> the matchers of those that are the kind's, in order; () when none is
    mask: int
    by_bits: Callable[[int], tuple[tuple[Callable, Pattern], ...]]
    # head word of at least _START characters -> the matchers `at` gives where it starts a word: read
    # once per head instead of three slices and lookups
    head_matchers: dict[str, tuple[tuple[Callable, Pattern], ...]]

    def at(self, text: str, pos: int) -> tuple[Pattern, ...]:
        key = text[pos:pos + _START]
        get = self.by_start.get
        bits = self.always | get(key[:1], 0) | get(key[:2], 0) | get(key, 0)
        return self.choices[bits]


@dataclass(frozen=True, slots=True)
class HeadScan:
    """The regexes of `timewords.find_heads`, which gives the matches of `Grammar.heads` at a fraction of the cost.

    A head word is letters (and, in English, hyphens) ending where the word ends, or a run of digits.
    So in a run of word characters with no digit and no hyphen, `heads` finds at most one head: the
    longest suffix of the run that is a head word. Reversed, that is the longest head word, spelled
    backwards, at the start of the reversed run, which `backwards` finds by trying only where a run
    starts, i.e. after a space or a punctuation mark. Runs with a digit or a hyphen are few and are
    scanned with `heads` itself.
    """

    backwards: re.Pattern  # after a character that ends runs, the longest reversed head word
    special: re.Pattern  # a character that makes a run need `heads`: a digit, or a non-word character of a head word
    run: re.Pattern  # the characters of a run
    # For a text of ASCII characters, `str.translate` with this table first turns every character
    # that ends runs into a space and every digit or joiner into "0": runs and their ends are then
    # found with `str.find`, and `spaced` (`backwards` after a space) scans at the speed of `re`'s
    # literal-prefix search instead of testing a character class at every position.
    ascii_table: bytes  # for bytes.translate, which reads a table of 256 where str.translate looks up a dict per character
    spaced: re.Pattern


@dataclass(frozen=True, slots=True)
class Grammar:
    words: LangWords
    handlers: tuple[str, ...]  # handler name of pattern i (group "p{i}")
    group_names: tuple[tuple[str, ...], ...]  # the named groups of pattern i, without the "p{i}_" prefix
    heads: re.Pattern  # the words a time phrase cannot do without: the cheap pre-check
    head_scan: HeadScan  # finds what `heads.finditer` finds, faster
    head_kinds: dict[str, frozenset[str]]  # head word -> its kinds (month, weekday, unit, ...)
    regexes: dict[frozenset[str], KindPatterns]  # head kinds -> the patterns that can hold such a head
    followers: frozenset[str]  # words after a number that can make it a date ("25 الجاري")
    starters: frozenset[str]  # words a phrase may begin with, before its head
    start_words_reversed: frozenset[str]  # the starters, and in Arabic each with the clitics it may carry, spelled backwards
    prefixes: dict[str, re.Pattern]  # modifier kind -> regex that must end where a phrase starts
    prefix_last: frozenset[str]  # last words of the modifiers, to skip the regexes when none is there
    prefix_gap: tuple[str, ...]  # modifiers that may stand a few words away ("as early as ... on Sept. 28")
    break_re: re.Pattern  # sentence breaks: no phrase crosses one
    connector: re.Pattern
    connector_lead: re.Pattern  # a phrase that starts with "or"/"and"/"to" ("in 2020 and 2021")
    prefix_lead: re.Pattern  # a modifier a pattern took as context ("by 2026"): left for _apply_prefix
    duration_from: re.Pattern
    breaks: str
    # when each sentence break is one character, a class of them, else None: searched on the reversed
    # text from a head, it finds the break nearest before the head with one call
    break_class: re.Pattern | None
    # modifier kind (all but prefix_open_gap) -> last words of its modifiers: its regex can only match
    # a text that ends with one of them, blanks aside
    prefix_ends: dict[str, tuple[str, ...]]
    # after a count ("within two weeks", «قبل يومين»): the word that ties it to another event ("of the
    # vote", «من إغلاق الصناديق»), not to now; and the few words that name that event
    anchor_link: re.Pattern
    anchor_words: re.Pattern
    # modifier kind (all but prefix_open_gap) -> most words in one of its modifiers: a match of its
    # regex starts within that many words from the end, so it need not be searched for further back
    prefix_words: dict[str, int]
    # the words of each prefix_open_gap modifier: its regex cannot match a text missing one of them
    prefix_gap_words: tuple[tuple[str, ...], ...]
    # head word -> regexes[head_kinds[word]], read once per head by the scan
    head_patterns: dict[str, KindPatterns]
    # finds any of prefix_gap in a text: one search where `in` would take one per modifier
    prefix_gap_any: re.Pattern
    # starter word, spelled backwards -> which patterns can match there, told by the next word's first
    # letters (`time_starts.start_table`, built per word when first asked); None: no try is needed
    start_table: Callable[[str], tuple[int, dict[str, int]] | None]
    # head word -> the words that may stand just before it in a phrase (`time_starts.head_skip`), or
    # None: after another word, and with no letter glued before it, it is in no phrase
    head_skip: Callable[[str], frozenset[str] | None]
    # "before the new fiscal year starts on July 1": a before-word, then a short clause of its own
    # (no comma, no word of prefix_before_gap_stop), ending where the date begins; None: no words
    before_clause: re.Pattern | None
    # the past verbs (`anchor_past_verbs`, regular expressions) that make the words after a count's
    # linking word a clause about something done ("within days after the minister quit"); None: none
    anchor_past: re.Pattern | None
    # "the following week", «في اليوم التالي»: counted from the date before (`time_following.py`)
    following: re.Pattern | None = None
    # "the first talks in 14 months", "the highest level in two years": a superlative before a count
    # makes it the span looked back over, not a time to come (`count_not_after`); None: no words
    count_after_superlative: re.Pattern | None = None
    # «صحيفة "رأي اليوم"», the "Today" programme: a media outlet's or programme's kind noun and the
    # opening quotation mark of its name, up to the end of the text (`quoted_title_nouns`); None: no words
    quoted_title: re.Pattern | None = None
    # "is unlikely before 2028", «لن يتم قبل أيار»: a negation or doubt in the clause before a
    # before-word makes "before X" mean "not before X", from X on (`before_negations`); None: no words
    negated_before: re.Pattern | None = None
    # "cannot be ruled out", «لا يستبعد»: a negated doubt after the negation word (`before_ruled_out`)
    ruled_out: re.Pattern | None = None
    # "before the general election on": a before-word and a noun phrase up to the end of the text, the
    # event a date after it belongs to (`time_context.before_event`); None: no words
    before_event: re.Pattern | None = None


# Each kind of head word, the lexicon keys that hold it, and the handlers of the patterns that can
# contain a phrase whose first head is of that kind. A phrase is matched only from its first head,
# so "the second week of July" is found from "week", "اليوم الأحد 8 جوان" from "اليوم".
_HEADS = {
    "month": (("months", "months_abbrev"), {"date", "month"}),
    "weekday": (("weekdays",), {"date", "weekday", "nth_weekday"}),
    "unit": (("units", "dual_units", "plural_units", "period_nouns", "weekend", "year_end", "same_month"),
             {"date", "month", "period", "year", "within", "in_n", "ago", "duration", "weekend", "year_end", "fixed",
              "hijri", "event_count"}),
    "season": (("seasons",), {"season"}),
    "hijri": (("hijri_months", "hijri_feasts"), {"hijri"}),
    "feast": (("fixed_feasts",), {"feast"}),
    "part": (("quarter", "half"), {"year", "period"}),
    "code": (("half_codes", "quarter_codes"), {"year"}),
    "fixed": (("fixed_days", "fixed_with_context"), {"date", "weekday", "fixed", "period"}),
    "soon": (("soon",), {"soon"}),
    "event_day": (("event_days", "polling_days"), {"event_day"}),
    "vague": (("vague",), {"vague", "period"}),
    "digit": ((), {"numeric", "date", "year", "within", "in_n", "ago", "duration", "day_only", "event_count"}),
}
_NOT_STARTERS = ("connectors", "sentence_breaks", "duration_noun_stops", "prefix_by", "prefix_before", "prefix_open", "prefix_open_gap",
                 "prefix_after", "prefix_between", "after_n", "ago", "duration_from", "day_suffixes", "of", "and",
                 "today_not_before", "time_of_day", "time_of_day_after", "_about", "anchor_links", "anchor_now",
                 "anchor_stop", "anchor_after", "anchor_before", "prefix_before_gap_stop", "prefix_before_clause_verbs",
                 "anchor_past_verbs",
                 "rel_after_next", "fixed_with_context", "fixed_context",
                 "rel_new", "month_not_before", "month_not_after", "soon_not_before", "count_not_after",
                 "following_day", "following_week", "following_month", "following_year", "date_noun_not")


def compile_grammar(words: LangWords) -> Grammar:
    lang = words.lang
    patterns: list[Pattern] = []
    starts: list[frozenset[str] | None] = []
    runs: list[Runs | None] = []
    sources = []
    for i, (handler, pat) in enumerate(GRAMMARS[lang](words)):
        names = tuple(dict.fromkeys(_GROUP.findall(pat)))
        regex = re.compile(pat)
        groups = tuple(regex.groupindex[n] for n in names)
        cased = tuple((n, regex.groupindex[n]) for n in names if n in _CASED) if lang == "en" else ()
        patterns.append(Pattern(i, handler, regex, groups, names, cased))
        parsed = sre_parse.parse(pat)  # read by both analyses: parsing the long alternations is slow
        starts.append(match_starts(parsed))
        runs.append(first_two_runs(parsed))
        sources.append(pat)
    handlers = [p.handler for p in patterns]
    group_names = [p.names for p in patterns]
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
    # a key ending in "_doc" is a note on its words, not words
    starters = frozenset(fold(w, lang).split()[0] for key in words.raw
                         if key not in _NOT_STARTERS and not key.endswith("_doc")
                         for w in words.words(key) if fold(w, lang))
    # An Arabic starter may carry one or two clitics ("وفي", "وبعد"): spelled out, one set lookup per word.
    start_words = starters | frozenset(c + s for c in CLITICS for s in starters) | frozenset(
        c + d + s for c in CLITICS for d in CLITICS for s in starters) if lang == "ar" else starters
    table = start_table(runs, start_words)
    regexes = {ks: _kind_patterns([(p, st, r) for p, st, r in zip(patterns, starts, runs, strict=True)
                                   if any(p.handler in _HEADS[k][1] for k in ks)],
                                  [w for w, k in kinds.items() if k == ks])
               for ks in kind_sets}
    heads = re.compile(rf"(?:{trie_alt(set(kinds))})(?!\w)|\d+")
    joiner_chars = sorted({c for w in kinds for c in w if not c.isalnum() and c != "_"})
    joiners = "".join(re.escape(c) for c in joiner_chars)
    reversed_heads = trie_alt({w[::-1] for w in kinds})
    # ASCII characters that end runs -> " ", digits and joiners -> "0", letters and "_" kept
    ascii_map = {c: " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")}
    ascii_map.update({ord(c): "0" for c in (*"123456789", *joiner_chars) if c.isascii()})
    ascii_table = bytes(ord(ascii_map.get(c, chr(c))) for c in range(128)) + bytes(range(128, 256))
    head_scan = HeadScan(re.compile(rf"[^\w{joiners}]({reversed_heads})"),
                         re.compile(rf"[\d{joiners}]"), re.compile(rf"[\w{joiners}]*"),
                         ascii_table, re.compile(rf" ({reversed_heads})"))
    start_words_reversed = frozenset(w[::-1] for w in start_words)
    followers = frozenset(fold(w, lang).split()[0] for key in ("rel", "same_month", "day_suffixes", "of")
                          for w in words.words(key) if fold(w, lang))
    clitic = "(?:[وف])?" if lang == "ar" else ""
    lead = r"(?<![\w])"
    prefixes = {}
    for kind in ("prefix_open_gap", "prefix_since", "prefix_by", "prefix_before", "prefix_open", "prefix_after",
                 "prefix_between"):
        if not words.words(kind):
            continue
        # "as early as the vote next week": a few words may come between, but not a comma: in "as
        # early as 2027, provided a vote later this month passes" the later phrase is another clause's
        gap = r"\b[^.;!?\n,،]{0,80}?" if kind == "prefix_open_gap" else ""
        prefixes[kind] = compile_led(rf"{lead}{clitic}(?:{words.alt(kind)}){gap}\s*\Z")
    connector = re.compile(rf"\s*,?\s*{clitic}(?:{words.alt('connectors')})\s*\Z")
    prefix_kinds = [k for k in prefixes if k != "prefix_open_gap"]
    prefix_lead = re.compile(rf"{clitic}(?:{words.alt(*prefix_kinds)})\s+")
    attached = "|و(?=\\w)" if lang == "ar" else ""  # Arabic "and" is written onto the next word
    connector_lead = re.compile(rf"{clitic}(?:{words.alt('connectors')})(?:\s|(?=\d)){attached}")
    duration_from = re.compile(rf"\s*{clitic}(?:{words.alt('duration_from')})\s*\Z")
    kinds_pre = [k for k in prefixes if k != "prefix_open_gap"]
    prefix_last = frozenset(fold(w, lang).split()[-1] for k in kinds_pre for w in words.words(k) if fold(w, lang))
    prefix_gap = tuple(fold(w, lang) for w in words.words("prefix_open_gap"))
    stop = rf"(?:{words.alt('anchor_stop')})(?!\w)"
    anchor_link = re.compile(rf"[ \t]+(?:{words.alt('anchor_links')})[ \t]+(?!(?:{words.alt('anchor_now')})(?!\w))(?=\w|[\"“«])")
    article = r"(?:(?:the|a|an)\s+)?" if lang == "en" else ""
    more = 1 if lang == "en" else 2  # an Arabic event is often a chain of nouns: «إغلاق مراكز الاقتراع»
    anchor_words = re.compile(rf"[\"“«]?{article}(?!{stop})\w[\w'-]*(?:[ \t]+(?!{stop})\w[\w'-]*){{0,{more}}}[\"”»]?")
    head_patterns = {w: regexes[ks].patterns for w, ks in kinds.items() if not w[0].isdigit()}
    return Grammar(words, tuple(handlers), tuple(group_names), heads, head_scan, kinds, regexes, followers, starters,
                   start_words_reversed, prefixes, prefix_last,
                    prefix_gap, re.compile("|".join(re.escape(c) for c in words.words("sentence_breaks"))), connector, connector_lead, prefix_lead,
                    duration_from, "".join(words.words("sentence_breaks")),
                    _char_class(words.words("sentence_breaks")),
                   {k: tuple(sorted({fold(w, lang).split()[-1] for w in words.words(k) if fold(w, lang)})) for k in kinds_pre},
                   anchor_link, anchor_words,
                   {k: max((len(fold(w, lang).split()) for w in words.words(k) if fold(w, lang)), default=1)
                    for k in kinds_pre},
                   tuple(tuple(p.split()) for p in prefix_gap),
                   {w: regexes[ks] for w, ks in kinds.items() if not w[0].isdigit()},
                   re.compile("|".join(re.escape(p) for p in prefix_gap) if prefix_gap else "(?!x)x"),
                   table, Rebuilt(_head_skips, head_patterns, sources, starts), before_clause(words, lang),
                   re.compile(rf"(?:{'|'.join(past)})(?!\w)") if (past := words.words("anchor_past_verbs")) else None,
                   compile_following(words), after_superlative(words), quoted_title(words),
                   negated_before(words),
                   re.compile(rf"(?:{words.alt('before_ruled_out')})") if words.words("before_ruled_out") else None,
                   before_event(words, lang))


def _head_skips(head_patterns: dict[str, tuple[Pattern, ...]], sources: list[str],
                starts: list[frozenset[str] | None]) -> Callable[[str], frozenset[str] | None]:
    """`time_starts.head_skip` of each head word, found when the scan first meets the word: following
    every word of the long patterns took a third of a second at load, and a text meets a few heads.
    A pattern's source is parsed again when first needed (a few milliseconds): parse trees cannot
    be pickled, and the grammar is kept in the build cache."""
    pairs_of = lru_cache(maxsize=None)(lambda i: word_pairs(sources[i]))

    @cache  # the head words of a grammar: a finite set
    def skip(word: str) -> frozenset[str] | None:
        patterns = head_patterns.get(word)
        if patterns is None or _starts_at(word, patterns, starts):
            return None
        return head_skip(patterns, pairs_of, word)

    return skip




def _starts_at(word: str, patterns: tuple[Pattern, ...], starts: list[frozenset[str] | None]) -> bool:
    """Whether a pattern may start at `word` by its start keys (a longer key beginning with a short word counts)."""
    return any(starts[p.index] is None or any(k[:len(word)] == word[:len(k)] for k in starts[p.index])  # type: ignore[union-attr]
               for p in patterns)


def _char_class(texts: list[str]) -> re.Pattern | None:
    """A regex for any of `texts` when each is one character (and there is one), else None."""
    if not texts or any(len(t) != 1 for t in texts):
        return None
    return re.compile("[" + "".join(re.escape(t) for t in texts) + "]")


# Month and weekday names match lowercased English; the scan checks their capital on the original.
_CASED = ("month", "month2", "wd", "hcode", "qcode")


def _kind_patterns(members: list[tuple[Pattern, frozenset[str] | None, Runs | None]],
                   head_words: list[str]) -> KindPatterns:
    always = 0
    by_start: dict[str, int] = {}
    for k, (_, starts, _) in enumerate(members):
        if starts is None:
            always |= 1 << k
            continue
        for start in starts:
            by_start[start] = by_start.get(start, 0) | 1 << k
    # Every value `at` can compute: a key's bits with those of its shorter prefixes.
    reachable = {always} | {always | by_start.get(key[:1], 0) | by_start.get(key[:2], 0) | by_start[key] for key in by_start}
    patterns = tuple(p for p, _, _ in members)
    choices = {bits: tuple(p for k, p in enumerate(patterns) if bits >> k & 1) for bits in reachable}
    matchers = {bits: tuple((p.regex.match, p) for p in pats) for bits, pats in choices.items()}
    by_key = {key: matchers[always | by_start.get(key[:1], 0) | by_start.get(key[:2], 0) | by_start[key]]
              for key in by_start}
    mask, by_bits = kind_matchers(patterns)
    at_word = {w: by_key.get(w[:3]) or by_key.get(w[:2]) or by_key.get(w[:1]) or matchers[always]
               for w in head_words if len(w) >= _START}
    return KindPatterns(patterns, always, by_start, choices, matchers, by_key, matchers[always], mask, by_bits,
                        at_word)


FOLLOWING_UNITS = ("day", "week", "month", "year")


def compile_following(words: LangWords) -> re.Pattern | None:
    """'the following week', «في اليوم التالي» (`following_<unit>` words), one named group per unit,
    found over the whole text (`time_following.anchor_following`)."""
    parts = [f"(?P<{unit}>{words.alt('following_' + unit)})" for unit in FOLLOWING_UNITS
             if words.words("following_" + unit)]
    return compile_led(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)") if parts else None
