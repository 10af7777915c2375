"""Handlers for periods: this/next/last week, month or year, parts of them, halves, quarters,
years, seasons and weekends (conventions in docs/time-windows.md).
"""

from __future__ import annotations

from datetime import date, timedelta

from claimtracker.extract import time_resolve as tr
from claimtracker.extract.time_values import (
    Ctx,
    Raw,
    fold_in,
    part_of,
    rel_of,
    span,
    to_int,
    unit_of,
    unresolved,
    year_of,
)

# "before mid-March" is up to the end of mid-March (the 20th), as "before the end of March" is up
# to the 31st; "before early March" stays before the 1st
_MONTH_REACHES_END = ("end", "late", "mid")


def month_window(year: int, m: int, g: dict, ctx: Ctx) -> Raw:
    part = part_of(g, ctx)
    if g.get("nth"):
        # "the second Friday of October", «الجمعة الثانية من أكتوبر»: that one day
        n, wd = ctx.words.lookup("ordinals", g["nth"]), ctx.words.lookup("weekdays", g.get("nwd"))
        day = tr.nth_weekday(year, m, int(wd), int(n)) if n is not None and wd is not None else None
        if day is not None:
            return span(day, day, month_ref=(year, m))
    if g.get("wk"):
        n = ctx.words.lookup("ordinals", g["wk"])
        if n is not None:
            lo, hi = tr.week_of_month(year, m, int(n))
            return span(lo, hi, month_ref=(year, m))
    if g.get("mhalf"):
        # "the second half of June", «النصف الثاني من جوان»: days 1-15 or 16 to the end
        n = ctx.words.lookup("ordinals", g["mhalf"])
        if n in (1, 2, -1):
            lo, hi = tr.month_part(year, m, None)
            mid = lo.replace(day=15)
            return span(lo, mid, month_ref=(year, m)) if n == 1 else span(mid.replace(day=16), hi, month_ref=(year, m))
    lo, hi = tr.month_part(year, m, part)
    return Raw(lo, hi, "month", end_part=part in _MONTH_REACHES_END, month_ref=(year, m))


def period(g: dict, ctx: Ctx) -> Raw | None:
    """this/next/last week, month or year, with an optional part or 'earlier'/'later'."""
    unit = unit_of(g, ctx)
    rel = rel_of(g, ctx) or rel_of(g, ctx, "rel2") or "this"
    if unit not in ("day", "week", "month", "year"):
        return None
    if ctx.pub is None:
        return unresolved("range")
    pub = ctx.pub
    if rel == "new":
        # "the new year", «العام الجديد»: the coming one from July on, else the one just begun
        if unit != "year":
            return None
        rel = "next" if pub.month >= 7 else "this"
    lo, hi = tr.period_span(unit, pub, rel)
    part = part_of(g, ctx)
    el = ctx.words.lookup("earlier_later", g.get("el"))
    if g.get("hq"):
        if unit == "month":
            # "the second half of next month", «النصف الأول من الشهر المقبل»: that month's half, not the year's
            return _month_half(lo.year, lo.month, g, ctx)
        return _half_quarter(lo.year, g, ctx)
    if g.get("wk") and unit == "month":
        return month_window(lo.year, lo.month, g, ctx)
    if el == "earlier":
        return span(lo, max(lo, min(hi, pub - timedelta(days=1))))
    if el == "later":
        return span(max(lo, min(pub, hi)), hi)
    if unit == "week":
        if part:
            lo, hi = tr.week_part(lo, part)
            if rel == "this":
                lo = max(lo, min(pub, hi))
        elif rel == "this":
            lo = pub
        return span(lo, hi, end_part=part in ("end", "late"))
    if unit == "month":
        return Raw(*tr.month_part(lo.year, lo.month, part), "month", end_part=part in _MONTH_REACHES_END,
                   month_ref=(lo.year, lo.month))
    if unit == "year":
        lo, hi = tr.year_part(lo.year, part)
        return Raw(lo, hi, "month" if part == "end" else "range", end_part=part in ("end", "late"))
    return span(lo, hi)


def year_end(g: dict, ctx: Ctx) -> Raw:
    if ctx.pub is None:
        return unresolved("month")
    y = ctx.pub.year
    return Raw(*tr.year_part(y, "end"), "month", end_part=True)


def year(g: dict, ctx: Ctx) -> Raw | None:
    y = year_of(g)
    if y is None and (g.get("hq") or g.get("hcode") or g.get("qcode")) and ctx.pub is not None:
        y = ctx.pub.year  # "by the end of the second quarter": this year's
    if y is None or not 1900 <= y <= 2100:
        return None
    if g.get("hq") or g.get("hcode") or g.get("qcode"):
        return _half_quarter(y, g, ctx)
    part = part_of(g, ctx)
    lo, hi = tr.year_part(y, part)
    y2 = to_int(g.get("year2"))
    if y2 is not None and y < y2 <= 2100:
        return Raw(lo, date(y2, 12, 31), "range", merged=True)
    return Raw(lo, hi, "month" if part == "end" else "range", end_part=part in ("end", "late"))


def _month_half(y: int, m: int, g: dict, ctx: Ctx) -> Raw | None:
    """A half of a month named by a period word: days 1-15 or 16 to the end (a quarter of a month is no unit)."""
    n = ctx.words.lookup("ordinals", g.get("ord"))
    if not fold_in(g.get("hq"), ctx, "half") or n not in (1, 2, -1):
        return None
    return month_window(y, m, {"mhalf": g.get("ord")}, ctx)


def _half_quarter(y: int, g: dict, ctx: Ctx) -> Raw | None:
    if g.get("hcode"):
        return Raw(*tr.half_span(y, int(ctx.words.lookup("half_codes", g["hcode"]) or 1)), "range")
    if g.get("qcode"):
        return Raw(*tr.quarter_span(y, int(ctx.words.lookup("quarter_codes", g["qcode"]) or 1)), "range")
    n = ctx.words.lookup("ordinals", g.get("ord"))
    if n is None:
        return None
    n = int(n)
    if fold_in(g.get("hq"), ctx, "half"):
        if n not in (1, 2, -1):
            return None
        lo, hi = tr.half_span(y, 2 if n == -1 else n)
    elif n in (1, 2, 3, 4, -1):
        lo, hi = tr.quarter_span(y, n)
    else:
        return None
    part = part_of(g, ctx)
    if part in ("begin", "early"):
        hi = tr.month_end(lo.year, lo.month)
    elif part in ("late", "end"):
        lo = date(hi.year, hi.month, 1)
    return Raw(lo, hi, "range", end_part=part in ("late", "end"))


def weekend(g: dict, ctx: Ctx) -> Raw | None:
    if ctx.pub is None:
        return unresolved("week")
    rel = rel_of(g, ctx) or "this"
    mon = tr.week_monday(ctx.pub) + timedelta(weeks=tr.SHIFTS[rel])
    lo, hi = mon + timedelta(days=5), mon + timedelta(days=6)
    # "over the weekend" in a report on Monday is the one just gone
    past = (lo - timedelta(weeks=1), hi - timedelta(weeks=1)) if not g.get("rel") and ctx.pub < lo else None
    return span(max(lo, ctx.pub) if rel == "this" and ctx.pub <= hi else lo, hi, past=past)


def season(g: dict, ctx: Ctx) -> Raw | None:
    """Northern-hemisphere seasons: spring March-May, summer June-August, autumn September-November,
    winter December-February (named by the year it starts in)."""
    key = ctx.words.lookup("seasons", g.get("season"))
    if key is None:
        return None
    first, last = (int(x) for x in str(key).split("-"))
    year = year_of(g)
    if year is None:
        if ctx.pub is None:
            return unresolved("range")
        rel = rel_of(g, ctx)
        year = ctx.pub.year
        ends = tr.month_end(year + (1 if last < first else 0), last)
        if rel == "next" or (rel is None and ends < ctx.pub):
            year += 1
        elif rel == "last":
            year -= 1
    lo = date(year, first, 1)
    hi = tr.month_end(year + (1 if last < first else 0), last)
    part = part_of(g, ctx)
    if part in ("begin", "early"):
        hi = tr.month_end(lo.year, first)
    elif part in ("late", "end"):
        lo = date(hi.year, last, 1)
    return Raw(lo, hi, "range", end_part=part in ("late", "end"))


def feast(g: dict, ctx: Ctx) -> Raw | None:
    """A feast on a fixed Gregorian day ("before Christmas", «عيد الميلاد»): the next one from
    publication, or the one just gone after "last"."""
    key = ctx.words.lookup("fixed_feasts", g.get("gfeast"))
    if key is None:
        return None
    m, d = (int(x) for x in str(key).split("-"))
    year = to_int(g.get("year"))
    if year is None:
        if ctx.pub is None:
            return unresolved("day")
        year = ctx.pub.year
        if rel_of(g, ctx) == "last":
            year -= 1 if (m, d) >= (ctx.pub.month, ctx.pub.day) else 0
        elif (m, d) < (ctx.pub.month, ctx.pub.day):
            year += 1
    day = date(year, m, d)
    return span(day, day)
