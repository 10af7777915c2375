"""Time phrases in Arabic and English news, resolved to expected windows.

`TimeLexicon.load()` compiles the grammar (`time_compile`) from the pattern modules
(`time_grammar_en`, `time_grammar_ar`) and the vocabulary in `data/lexicons/time_*.json`.
`find_times()` finds head words (months, weekdays, units, numbers...) with one regex pass, tries
the patterns only at the few word starts just before each head, resolves each match with
`time_handlers` / `time_periods`, and combines neighbours (`time_combine`): "X or Y" becomes one
range, "by X", "as early as X", "before X" change X's window, and a duration ("lasting two
days") is anchored on the date just before it. The conventions are in docs/time-windows.md.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from claimtracker.config import DATA_DIR
from claimtracker.extract.time_combine import (
    Item,
    anchor_durations,
    apply_prefix,
    is_clitic_starter,
    merge_connected,
)
from claimtracker.extract.time_compile import GRAMMARS, Grammar, compile_grammar
from claimtracker.extract.time_handlers import HANDLERS
from claimtracker.extract.time_lexicon import fold_arabic, load_words
from claimtracker.extract.time_values import Ctx
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


@dataclass(frozen=True, slots=True)
class TimeLexicon:
    """Both languages' compiled time grammars; build once with `load` and share."""

    grammars: dict

    @classmethod
    def load(cls, data_dir: Path = DATA_DIR) -> TimeLexicon:
        return _load_cached(Path(data_dir).resolve())


@lru_cache(maxsize=4)
def _load_cached(data_dir: Path) -> TimeLexicon:
    return TimeLexicon({lang: compile_grammar(load_words(data_dir, lang)) for lang in GRAMMARS})


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
    items = _scan(grammar, text, mtext, published)
    if not items:
        return []
    items = anchor_durations(grammar, mtext, items, published)
    items = merge_connected(grammar, mtext, items)
    floors = [0] + [it.end for it in items[:-1]]
    items = [apply_prefix(grammar, mtext, it, published, floor) for it, floor in zip(items, floors, strict=True)]
    hits = []
    for it in items:
        s, e = norm.span(it.start, it.end) if norm is not None else (it.start, it.end)
        while e < len(text) and _TRAILING.match(text, e):
            e += 1  # the tanween of "غداً" belongs to the word
        if _is_dateline(text, s, e):
            continue
        words = text[s:e]
        past = Window(it.raw.past[0], it.raw.past[1], words) if it.raw.past else None
        hits.append(TimeHit(Window(it.raw.lo, it.raw.hi, words), s, e, it.raw.precision, past))
    return hits


# "Islamabad, June 29 (IANS)", "Kathmandu, June 14:", "القاهرة - 12 أكتوبر (رويترز)": the date the
# story was filed, not a time any claim is about.
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[^\W\d][\w .'’-]{1,30}(?:,|\s[-–—])\s*\Z")
_DATELINE_AFTER = re.compile(r"\s*(?:\(|:|/|[-–—]\s)")


def _is_dateline(text: str, start: int, end: int) -> bool:
    return bool(_DATELINE_BEFORE.search(text, max(0, start - 34), start) and _DATELINE_AFTER.match(text, end))


def _lower(text: str) -> str:
    """Lowercase with one character per character, so offsets stay those of the original."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("’", "'").replace("‘", "'")


_CASED = ("month", "month2", "wd", "hcode", "qcode")
_TOKEN = re.compile(r"\w+")
_LOOKBACK = 6  # words a phrase may have before its head ("the second half of next year")


def _candidates(g: Grammar, mtext: str, head: int, floor: int) -> list[int]:
    """Where a phrase holding the head at `head` may start: the head's word, or a starter word before it."""
    lo = max(floor, head - 56)
    window = mtext[lo:head]
    tokens = list(_TOKEN.finditer(window))
    out = []
    ar = g.words.lang == "ar"
    for m in tokens[-_LOOKBACK:]:
        word = m.group()
        if word in g.starters or word.isdigit() or (ar and is_clitic_starter(word, g.starters)):
            out.append(lo + m.start())
    start = head
    if tokens and tokens[-1].end() == len(window):
        start = lo + tokens[-1].start()  # the head carries a clitic
    out.append(start)
    return out


# Patterns that take a leading word only as context; in_n ("بعد ثلاثة أيام") and fixed ("بعد غد")
# need theirs.
_CONTEXT_KINDS = frozenset({"month", "year", "date", "period", "weekday", "season"})
_TRAILING = re.compile("[\u064b-\u065f\u0670\u0640]")
_DIGIT_KINDS = frozenset({"digit"})
_DATE_LIKE = re.compile(r"\d{1,4}\s?[/.-]\s?\d")


def _scan(g: Grammar, text: str, mtext: str, pub: date | None) -> list[Item]:
    ctx = Ctx(pub, g.words)
    items: list[Item] = []
    last_end = 0
    found = list(g.heads.finditer(mtext))
    breaks = [m.end() for m in g.break_re.finditer(mtext)] if found else []
    for n, h in enumerate(found):
        head = h.start()
        if head < last_end:
            continue
        k = bisect.bisect_right(breaks, head)
        floor = max(last_end, breaks[k - 1] if k else 0)
        word = h.group()
        if g.words.lang == "en" and head and mtext[head - 1].isalnum():
            continue  # "day" in "holiday"
        if word[0].isdigit():
            if not _number_may_be_time(g, mtext, h, found[n + 1] if n + 1 < len(found) else None):
                continue
            regex = g.regexes[_DIGIT_KINDS]
        else:
            regex = g.regexes[g.head_kinds[word]]
        for start in _candidates(g, mtext, head, floor):
            if start < last_end:
                continue
            m = regex.match(mtext, start)
            if not m or m.end() <= head:
                continue
            item = _resolve(g, ctx, text, mtext, m)
            if item is None:
                continue
            items.append(item)
            last_end = m.end()
            break
    return items


def _number_may_be_time(g: Grammar, mtext: str, h: re.Match, nxt: re.Match | None) -> bool:
    """Most numbers in news are not dates; look only at those that a year, a date form or a time word makes one."""
    digits = h.group()
    if len(digits) == 4 and digits[:2] in ("19", "20"):
        return True
    end = h.end()
    if _DATE_LIKE.match(mtext, h.start()):
        return True
    if nxt is not None and nxt.start() - end <= 24 and not nxt.group()[0].isdigit():
        return True
    after = mtext[end:end + 24].split()
    return bool(after) and (after[0] in g.followers or mtext[end:end + 2] in g.followers
                            or (len(after) > 1 and after[1] in g.followers))


def _resolve(g: Grammar, ctx: Ctx, text: str, mtext: str, m: re.Match) -> Item | None:
    name = m.lastgroup
    if not name:
        return None
    i = int(name[1:])
    prefix = f"{name}_"
    groups = {}
    for local in g.group_names[i]:
        value = m.group(prefix + local)
        if value is not None:
            groups[local] = value
    if g.words.lang == "en":
        for key in _CASED:
            if key in groups and not text[m.start(prefix + key)].isupper():
                return None
    kind = g.handlers[i]
    raw = HANDLERS[kind](groups, ctx)
    if raw is None:
        return None
    raw = replace(raw, kind=kind)
    if raw.month_ref is not None:
        ctx.last_month = raw.month_ref
    start, end = m.span()
    while end > start and mtext[end - 1].isspace():
        end -= 1
    lead = g.prefix_lead.match(mtext, start, end) if kind in _CONTEXT_KINDS else None
    if lead:
        start = lead.end()
    return Item(start, end, raw)
