"""The values time handlers pass around: `Raw` windows, the scan context, and readers of match groups.

A handler gets the groups of its pattern (name -> matched text) and a `Ctx`; these helpers turn
those texts into numbers, months, units and relative words through the lexicon.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from claimtracker.extract.time_lexicon import LangWords, fold


# Not frozen: a frozen dataclass of eleven fields takes six times as long to build, and the scan
# builds one or two for every phrase. Treat it as immutable all the same (the scan shares one `Raw`
# between repeats of a phrase): change one with `changed` or `with_kind`, which copy it.
@dataclass(slots=True)
class Raw:
    lo: date | None
    hi: date | None
    precision: str
    end_part: bool = False  # "the end of X": "before X" then means up to X's end
    duration: tuple[str, int] | None = None  # a length with no position of its own
    month_ref: tuple[int, int] | None = None  # (year, month) the phrase names, for "the same month"
    merged: bool = False
    past: tuple[date, date] | None = None  # the reading as a past event, where the words leave the year open
    kind: str = ""  # the handler that made it
    shift: tuple[str, int] | None = None  # "two weeks later": this far after the date before it
    # "within two weeks", "in three days", "two days before": (how, unit, count) with how "within",
    # "after" or "before", so that "of the vote" / «من إغلاق الصناديق» after it can move the anchor
    count: tuple[str, str, int | None] | None = None

    def with_kind(self, kind: str) -> Raw:
        """`dataclasses.replace(self, kind=kind)`, which costs several times more: the scan does this for every match."""
        return Raw(self.lo, self.hi, self.precision, self.end_part, self.duration, self.month_ref, self.merged,
                   self.past, kind, self.shift, self.count)

    def changed(self, **changes) -> Raw:
        """`dataclasses.replace(self, **changes)` without its field-by-field introspection."""
        new = self.with_kind(self.kind)
        for name, value in changes.items():
            setattr(new, name, value)
        return new


@dataclass(slots=True)
class Ctx:
    pub: date | None
    words: LangWords
    last_month: tuple[int, int] | None = None
    notes: dict = field(default_factory=dict)


def unresolved(precision: str, **kw) -> Raw:
    return Raw(None, None, precision, **kw)


def precision_of(lo: date, hi: date) -> str:
    days = (hi - lo).days + 1
    if days <= 1:
        return "day"
    if days <= 7:
        return "week"
    if (lo.year, lo.month) == (hi.year, hi.month):
        return "month"
    return "range"


def span(lo: date, hi: date, **kw) -> Raw:
    return Raw(lo, hi, precision_of(lo, hi), **kw)


def to_int(text: str | None) -> int | None:
    if text is None:
        return None
    if text.isdecimal():
        return int(text)  # what the join below gives, without a generator
    digits = "".join(c for c in text if c.isdigit())
    return int(digits) if digits else None


def number(g: dict, ctx: Ctx) -> int | None:
    """A count from digits, a number word, a dual noun (Arabic), or a 'few' word (taken as 7 days)."""
    if g.get("num2"):  # "two to three weeks": the larger count bounds the window
        return number({"num": g["num2"]}, ctx)
    if g.get("num"):
        n = to_int(g["num"])
        if n is None:
            n = ctx.words.lookup("numbers", g["num"])
        return n
    if g.get("dual"):
        return 2
    if g.get("one"):
        return 1
    return None


def unit_of(g: dict, ctx: Ctx) -> str | None:
    for key in ("unit", "dual", "one"):
        if g.get(key):
            u = ctx.words.lookup("units", g[key]) or ctx.words.lookup("dual_units", g[key])
            u = u or ctx.words.lookup("plural_units", g[key]) or ctx.words.lookup("period_nouns", g[key])
            if u:
                return str(u)
    return None


def month_of(g: dict, ctx: Ctx, key: str = "month") -> int | None:
    m = ctx.words.lookup("months", g.get(key))
    if m is None:
        m = ctx.words.lookup("months_abbrev", (g.get(key) or "").rstrip("."))
    return m


def rel_of(g: dict, ctx: Ctx, key: str = "rel") -> str | None:
    text = g.get(key)
    if not text:
        return None
    return ctx.words.lookup("rel", text) or ctx.words.lookup("rel_weekday", text) or ctx.words.lookup(
        "rel_before", text) or ctx.words.lookup("rel_after_next", text) or ctx.words.lookup("rel_new", text)


def part_of(g: dict, ctx: Ctx) -> str | None:
    return ctx.words.lookup("parts", g.get("part"))


def year_of(g: dict) -> int | None:
    y = to_int(g.get("year"))
    if y is not None and y < 100:
        y += 2000
    return y



def fold_in(text: str | None, ctx: Ctx, key: str) -> bool:
    if not text:
        return False
    return fold(text, ctx.words.lang) in ctx.words.word_set(key)
