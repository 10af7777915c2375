"""Time phrases in Arabic and English news, resolved to expected windows.

`TimeLexicon.load()` compiles the grammar (`time_compile`) from the pattern modules
(`time_grammar_en`, `time_grammar_ar`) and the vocabulary in `data/lexicons/time_*.json`.
`find_times()` finds head words (months, weekdays, units, numbers...) with one regex pass, tries
the patterns only at the few word starts just before each head (at a starter word, only those
that the start table of `time_starts` says can match before the next word), resolves each match with
`time_handlers` / `time_periods`, and combines neighbours (`time_combine`): "X or Y" becomes one
range, "by X", "as early as X", "before X" change X's window, and a duration ("lasting two
days") is anchored on the date just before it. The conventions are in docs/time-windows.md.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache, partial
from pathlib import Path

from claimtracker.config import DATA_DIR
from claimtracker.extract.build_cache import cached, default_cache_dir
from claimtracker.extract.lazy import ByKey
from claimtracker.extract.regex_starts import decimal_digits
from claimtracker.extract.time_anchors import anchor_counts, anchor_durations
from claimtracker.extract.time_combine import (
    Item,
    apply_prefixes,
    dated_weekdays,
    drop_restated,
    merge_connected,
)
from claimtracker.extract.time_compile import GRAMMARS, Grammar, Pattern, compile_grammar
from claimtracker.extract.time_following import anchor_following
from claimtracker.extract.time_handlers import HANDLERS
from claimtracker.extract.time_lexicon import fold_arabic, load_words
from claimtracker.extract.time_starts import R1
from claimtracker.extract.time_values import Ctx, Raw
from claimtracker.models import Window

PRECISIONS = ("day", "week", "month", "range", "open", "vague")


@dataclass(frozen=True, slots=True)
class TimeHit:
    """A time phrase: its window, its [start, end) offsets in the text given, and how specific it is."""

    window: Window
    start: int
    end: int
    precision: str  # one of PRECISIONS
    # The same words read as a past event, when they leave that open ("on Thursday", "in June",
    # "April 15"): for assertions about what happened. None when the words fix the date.
    past: Window | None = None
    # A count tied to another event ("three days after the election", «قبل يومين من الاقتراع»), which
    # has no dates of its own: (how, unit, n), how "within", "after" or "before", n None for "within
    # days", so that a caller who knows that event's date can count from it. None otherwise.
    anchored: tuple[str, str, int | None] | None = None


@dataclass(frozen=True, slots=True)
class TimeLexicon:
    """Both languages' compiled time grammars; build once with `load` and share."""

    # lang -> Grammar; from `load`, each is compiled when first read (one article needs one language)
    grammars: Mapping
    # lang -> the cached handler call of `_resolver`
    resolvers: Mapping = field(default_factory=dict)

    @classmethod
    def load(cls, data_dir: Path = DATA_DIR) -> TimeLexicon:
        return _load_cached(Path(data_dir).resolve())


@lru_cache(maxsize=4)
def _load_cached(data_dir: Path) -> TimeLexicon:
    # The words are read now, so that a missing or broken lexicon is an error at load; each
    # language's grammar is compiled when first read.
    words = {lang: load_words(data_dir, lang) for lang in GRAMMARS}
    # the grammar's analyses of its long patterns take up to a second: a new process reads them from the build cache
    grammar = lru_cache(maxsize=None)(lambda lang: cached(
        f"time-{lang}", [data_dir / "lexicons" / f"time_{lang}.json"], partial(compile_grammar, words[lang]),
        default_cache_dir()))
    langs = tuple(words)
    return TimeLexicon(ByKey(langs, grammar), ByKey(langs, lru_cache(maxsize=None)(lambda lang: _resolver(grammar(lang)))))


_RESOLVED = 512  # handler results kept per language, bounded so that memory stays flat over a stream


def _resolver(g: Grammar) -> Callable[[int, tuple, date | None, tuple[int, int] | None], Raw | None]:
    """The handler of pattern `index` on its group values, with its kind set, cached across texts.

    A handler's result depends only on the pattern, the values, the publication date and (for a
    date, "13 من الشهر نفسه") the month named before, all in the key; articles of the same days
    repeat "next week" or "الأسبوع المقبل", and a handler call costs more than the match that found
    the words. Bounded, so a long stream does not grow it.
    """
    handlers = tuple(HANDLERS[h] for h in g.handlers)
    kinds, names, words = g.handlers, g.group_names, g.words

    @lru_cache(maxsize=_RESOLVED)
    def resolve(index: int, values: tuple, pub: date | None, last_month: tuple[int, int] | None) -> Raw | None:
        groups = {n: v for n, v in zip(names[index], values, strict=True) if v is not None}
        raw = handlers[index](groups, Ctx(pub, words, last_month))
        return raw.with_kind(kinds[index]) if raw is not None else None

    return resolve


def find_times(text: str, lang: str, published: date | None, lexicon: TimeLexicon) -> list[TimeHit]:
    """Every time phrase in `text`, in order, with its window resolved against `published`."""
    grammar = lexicon.grammars.get(lang)
    if grammar is None or not text:
        return []
    if lang == "ar":
        norm = fold_arabic(text)
        mtext = norm.text
    else:
        norm, mtext = None, _lower(text)
    resolve = lexicon.resolvers.get(lang) or _resolver(grammar)
    items = _scan(grammar, text, mtext, published, resolve)
    if not items:
        return []
    items = anchor_counts(grammar, mtext, items)
    items = anchor_durations(grammar, mtext, items, published)
    items = anchor_following(grammar.following, mtext, items)
    items = dated_weekdays(grammar, mtext, items)
    items = merge_connected(grammar, mtext, items)
    items = apply_prefixes(grammar, mtext, items, published)
    items = drop_restated(mtext, items)
    hits = []
    for it in items:
        s, e = norm.span(it.start, it.end) if norm is not None else (it.start, it.end)
        while e < len(text) and text[e] in _TRAILING:
            e += 1  # the tanween of "غداً" belongs to the word
        if _DATELINE_AFTER.match(text, e) and _DATELINE_BEFORE.search(text, max(0, s - 34), s):
            continue
        if grammar.quoted_title is not None and _TITLE_AFTER.match(mtext, it.end) \
                and grammar.quoted_title.search(mtext, max(0, it.start - 40), it.start):
            continue  # «صحيفة "رأي اليوم"», the "Today" programme: a quoted title's word
        words = text[s:e]
        raw = it.raw
        past = Window(raw.past[0], raw.past[1], words) if raw.past else None
        anchored = raw.count if raw.lo is None and raw.precision == "vague" else None
        window = _new(Window)
        _set_from(window, raw.lo)
        _set_to(window, raw.hi)
        _set_text(window, words)
        hit = _new_time_hit(TimeHit)
        _set_window(hit, window)
        _set_start(hit, s)
        _set_end(hit, e)
        _set_precision(hit, raw.precision)
        _set_past(hit, past)
        _set_anchored(hit, anchored)
        hits.append(hit)
    return hits


# A text has dozens of hits: they and their windows are made without the frozen dataclass's __init__, which sets each
# field through a Python-level call; the slots' own setters do the same in C.
_new = object.__new__
# object.__new__ itself, unless mypyc compiled TimeHit (docs/architecture.md): a native class refuses
# object.__new__ and has its own
_new_time_hit = TimeHit.__new__
_set_window, _set_start, _set_end, _set_precision, _set_past, _set_anchored = (
    vars(TimeHit)[name].__set__ for name in ("window", "start", "end", "precision", "past", "anchored"))
_set_from, _set_to, _set_text = (vars(Window)[name].__set__ for name in ("start", "end", "text"))


# "Islamabad, June 29 (IANS)", "Kathmandu, June 14:", "القاهرة - 12 أكتوبر (رويترز)": the date the
# story was filed, not a time any claim is about.
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[^\W\d][\w .'’-]{1,30}(?:,|\s[-–—])\s*\Z")
_DATELINE_AFTER = re.compile(r"\s*(?:\(|:|/|[-–—]\s)")
# the rest of a quoted title after a time word, to its closing mark (`Grammar.quoted_title` opens it)
_TITLE_AFTER = re.compile(r"[^«»\"“”\n]{0,25}[»\"”]")


def _lower(text: str) -> str:
    """Lowercase with one character per character, so offsets stay those of the original."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("’", "'").replace("‘", "'")


_LOOKBACK = 6  # words a phrase may have before its head ("the second half of next year")


# The words just before a head, nearest first, read on the reversed text: one match instead of one per
# word. Possessive: nothing after a word can fail, so there is nothing to backtrack for.
_WORDS_BEFORE = re.compile(r"\W*+" + r"(?:(\w++)\W*+)?+" * _LOOKBACK)
_FARTHEST_FIRST = tuple(range(_LOOKBACK, 0, -1))


# Patterns that take a leading word only as context; in_n ("بعد ثلاثة أيام") and fixed ("بعد غد")
# need theirs.
_CONTEXT_KINDS = frozenset({"month", "nth_weekday", "year", "date", "period", "weekday", "season"})
_CONTEXT_GROUPS = frozenset({"ctx"})  # groups that only hold the context word before a phrase
_TRAILING = frozenset(chr(c) for c in [*range(0x064B, 0x0660), 0x0670, 0x0640])  # marks written after a letter
_DIGIT_KINDS = frozenset({"digit"})
_DATE_LIKE = re.compile(r"\d{1,4}\s?[/.-]\s?\d")
_ZEROS = dict.fromkeys(map(ord, decimal_digits()), "0")
_LAST_WORD = re.compile(r"\W*+(\w++)")  # on the reversed text: the word before a position, spelled backwards


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _start_of(backwards_word: str) -> str:
    """The first R1 characters of a word given spelled backwards, digits as "0", as `Grammar.head_skip` holds them."""
    start = backwards_word[:-R1 - 1:-1]
    return start if start.isalpha() else start.translate(_ZEROS)


def _scan(g: Grammar, text: str, mtext: str, pub: date | None, resolve: Callable) -> list[Item]:
    items: list[Item] = []
    backwards = " " + mtext[::-1]
    found = find_heads(g, mtext, backwards)
    if not found:
        return items
    last_month = None  # (year, month) of the last phrase that named one, for "13 من الشهر نفسه"
    last_end = 0
    breaks = [m.end() for m in g.break_re.finditer(mtext)] if g.break_class is None else None
    break_before = g.break_class.search if g.break_class is not None else None
    en = g.words.lang == "en"
    n = len(backwards)
    words_before = _WORDS_BEFORE.match
    starters = g.start_words_reversed
    table = g.start_table
    skip_of = g.head_skip
    head_patterns = g.head_patterns
    digit_patterns = g.regexes[_DIGIT_KINDS]
    bisect_right = bisect.bisect_right
    last = len(found) - 1
    for i, (head, head_end, word) in enumerate(found):
        if head < last_end:
            continue
        if en and head and mtext[head - 1].isalnum():
            continue  # "day" in "holiday"
        if not (head and _word_char(mtext[head - 1])) and (skips := skip_of(word)) is not None:
            # no phrase starts with this head: one holding it holds the word before it too ("later on")
            before = _LAST_WORD.match(backwards, n - head)
            if before is None or _start_of(before.group(1)) not in skips:
                continue
        kr = head_patterns.get(word)
        if kr is None:  # a number: `head_patterns` holds no word that starts with a digit
            if not _number_may_be_time(g, mtext, head, head_end, found[i + 1] if i < last else None):
                continue
            kr = digit_patterns
        pos = n - head
        # No phrase crosses a sentence break, nor starts more than 56 characters before its head.
        if breaks is None:
            # backwards[pos + k] is mtext[head - 1 - k]: the nearest break before the head
            b = break_before(backwards, pos, pos + 57)  # type: ignore[misc]
            floor = n - b.start() if b else head - 56
        else:
            k = bisect_right(breaks, head)
            floor = breaks[k - 1] if k else 0
            if floor < head - 56:
                floor = head - 56
        if floor < last_end:
            floor = last_end
        # Where a phrase holding the head may start: a starter word (or a number) among the words
        # of mtext[floor:head], farthest first, then the head's word (the head may
        # carry a clitic). mtext[i:j] is backwards[n-j:n-i]. All lie at or after `floor`, so none
        # is before `last_end`.
        wm = words_before(backwards, pos, n - floor)
        words = wm.groups()  # type: ignore[union-attr]
        # one call for every group's span: regs[j] is the span of group j, (-1, -1) when unmatched
        regs = wm.regs  # type: ignore[union-attr]
        first = regs[1]
        glued = first[0] == pos  # the nearest word runs on into the head (a clitic)
        # most heads have a starter ("the", "in", "next") among the words before them, farthest
        # first: each with the matchers that can match there (None: those of its first characters)
        starts: list[tuple[int, tuple[tuple[Callable, Pattern], ...] | None]] = []
        ms: tuple[tuple[Callable, Pattern], ...] | None
        by_bits, mask = kr.by_bits, kr.mask
        for j in [j for j in _FARTHEST_FIRST if (w := words[j - 1]) is not None and (w in starters or w.isdigit())]:
            entry = table(words[j - 1])
            if entry is None or j == 1 and glued:
                # the table reads whole words: the nearest word, run on into the head, is only its start
                if entry is not None or j == 1 and glued or words[j - 1].isdigit():
                    starts.append((n - regs[j][1], None))
                continue  # else no pattern can match at this starter
            # the next word: the head's, or the one after this
            after = head if j == 1 else n - regs[j - 1][1]
            nxt = mtext[after:after + 3]
            if not nxt.isalpha():
                nxt = nxt.translate(_ZEROS)  # the start table reads digits as "0"
            told = entry[1].get
            ms = by_bits((told(nxt) or told(nxt[:2]) or told(nxt[:1]) or entry[0]) & mask)
            if ms:
                starts.append((n - regs[j][1], ms))
        # then the head's own word, whose matchers most heads read from their word (`KindPatterns.at`
        # otherwise, inlined: the start's 3, 2 or 1 first characters, else `always`)
        starts.append((n - first[1], None) if glued else (head, kr.head_matchers.get(word)))
        by_key, always = kr.matchers_by_key.get, kr.matchers_always
        for start, ms in starts:
            if ms is None:
                key = mtext[start:start + 3]
                ms = by_key(key) or by_key(key[:2]) or by_key(key[:1]) or always
            # `pat` is read after the loop: the pattern that matched
            for match, pat in ms:  # noqa: B007
                m = match(mtext, start)
                if m:
                    break
            else:
                continue
            if m.end() <= head:
                continue
            item = _resolve(g, text, mtext, m, pat, resolve, pub, last_month)
            if item is None:
                continue
            items.append(item)
            if item.raw.month_ref is not None:
                last_month = item.raw.month_ref
            last_end = m.end()
            break
    return items


def find_heads(g: Grammar, mtext: str, backwards: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of each match of `g.heads.finditer(mtext)`, found the way `HeadScan` tells.

    `backwards` is " " + mtext[::-1]: backwards[k] is mtext[size - k], and the space lets a run end the text.
    """
    scan = g.head_scan
    size = len(mtext)
    end = size + 1
    out: list[tuple[int, int, str]] = []
    run_ends = set()
    if mtext.isascii():
        # backwards, with " " for every character that ends runs and "0" for every digit or joiner:
        # a run is what lies between two spaces, and it needs `heads` when it holds a "0"
        marked = backwards.encode("ascii").translate(scan.ascii_table).decode("ascii")
        pos = 0
        while (at := marked.find("0", pos)) >= 0:
            first = marked.rfind(" ", 0, at) + 1  # marked[0] is the space before the text's end
            pos = marked.find(" ", at)
            if pos < 0:
                pos = len(marked)
            run_ends.add(end - first)
            out.extend((h.start(), h.end(), h.group()) for h in g.heads.finditer(mtext, end - pos, end - first))
        matches = scan.spaced.finditer(marked)
    else:
        special = scan.special
        pos = 0
        while m := special.search(mtext, pos):
            at = m.start()
            start, pos = size + 1 - scan.run.match(backwards, size - at).end(), scan.run.match(mtext, at).end()  # type: ignore[union-attr]
            run_ends.add(pos)
            # A head never crosses the ends of the run, so `heads` finds there what it finds in the whole text.
            out.extend((h.start(), h.end(), h.group()) for h in g.heads.finditer(mtext, start, pos))
        matches = scan.backwards.finditer(backwards)
    # mtext[end - j:end - i] is backwards[i:j] read forwards: the head word, without a call to spell it
    found = [(end - (sp := m.span(1))[1], end - sp[0], mtext[end - sp[1]:end - sp[0]]) for m in matches]
    if run_ends:  # leave out the ends of the runs scanned above
        found = [h for h in found if h[1] not in run_ends]
    out += found
    out.sort()
    return out


def _number_may_be_time(g: Grammar, mtext: str, start: int, end: int, nxt: tuple[int, int, str] | None) -> bool:
    """Most numbers in news are not dates; look only at those that a year, a date form or a time word makes one."""
    digits = mtext[start:end]
    if len(digits) == 4 and digits[:2] in ("19", "20"):
        return True
    if _DATE_LIKE.match(mtext, start):
        return True
    if nxt is not None and nxt[0] - end <= 24 and not nxt[2][0].isdigit():
        return True
    after = mtext[end:end + 24].split()
    return bool(after) and (after[0] in g.followers or mtext[end:end + 2] in g.followers
                            or (len(after) > 1 and after[1] in g.followers))


def _resolve(g: Grammar, text: str, mtext: str, m: re.Match, pat: Pattern, resolve: Callable, pub: date | None,
             last_month: tuple[int, int] | None) -> Item | None:
    groups = pat.groups
    values = m.group(*groups) if len(groups) > 1 else (m.group(groups[0]),) if groups else ()
    for _, number in pat.cased:
        if m.group(number) is not None and not text[m.start(number)].isupper():
            return None
    kind = pat.handler
    if kind == "in_n" and g.count_after_superlative is not None \
            and any(mtext.startswith(w + " ", m.start()) for w in g.words.words("in_n")) \
            and g.count_after_superlative.search(mtext, max(0, m.start() - 60), m.start()):
        # "the first round in 14 months", "the second snap election in five years": the span looked
        # back over ("the second round follows two weeks later" is still a date)
        return None
    # Only "13 من الشهر نفسه" (a date) reads the month of the phrase before it.
    raw = resolve(pat.index, values, pub, last_month if kind == "date" else None)
    if raw is None:
        return None
    start, end = m.span()
    while end > start and mtext[end - 1].isspace():
        end -= 1
    lead = g.prefix_lead.match(mtext, start, end) if kind in _CONTEXT_KINDS else None
    # The modifier is context only when it stands before the phrase's own words: in «بعد غد الثلاثاء»
    # "بعد" is part of "the day after tomorrow", not "after".
    if lead and not any(m.start(number) < lead.end() for name, number in zip(pat.names, groups, strict=True)
                        if name not in _CONTEXT_GROUPS and m.group(number) is not None):
        start = lead.end()
    return Item(start, end, raw)
