"""What each matched time pattern means: from its named groups to a date window.

Every handler takes the pattern's groups (name -> matched text or None) and a `Ctx`, and returns
a `Raw` window, or None to reject the match (e.g. "31 February", or a number that is not a day).
Handlers are shared by both languages: the grammar modules give groups the same names.
"""

from __future__ import annotations

from datetime import date, timedelta

from claimtracker.extract import time_periods as periods
from claimtracker.extract import time_resolve as tr
from claimtracker.extract.time_values import (
    Ctx,
    Raw,
    fold_in,
    month_of,
    number,
    rel_of,
    span,
    to_int,
    unit_of,
    unresolved,
    year_of,
)


def fixed(g: dict, ctx: Ctx) -> Raw | None:
    off = ctx.words.lookup("fixed_days", g.get("fixed"))
    if off is None:
        off = ctx.words.lookup("fixed_with_context", g.get("fixed"))
    if off is None or ctx.pub is None:
        return unresolved("day")
    d = ctx.pub + timedelta(days=int(off))
    return span(d, d)


def soon(g: dict, ctx: Ctx) -> Raw:
    return Raw(ctx.pub, None, "open")


def vague(g: dict, ctx: Ctx) -> Raw:
    return unresolved("vague")


def weekday(g: dict, ctx: Ctx) -> Raw | None:
    wd = ctx.words.lookup("weekdays", g.get("wd"))
    if wd is None:
        return None
    if ctx.pub is None:
        return unresolved("day")
    if g.get("today"):
        return span(ctx.pub, ctx.pub)
    if g.get("tomorrow"):
        d = ctx.pub + timedelta(days=int(ctx.words.lookup("fixed_days", g["tomorrow"]) or 0))
        return span(d, d)
    rel = rel_of(g, ctx)
    if rel == "last" or (g.get("poss") and rel is None):
        d = tr.weekday_before(ctx.pub, wd) if rel == "last" else _nearest_weekday(ctx.pub, wd)
    elif rel == "next":
        d = tr.weekday_after(ctx.pub, wd)
    elif rel == "next2":
        d = tr.weekday_after(ctx.pub, wd) + timedelta(weeks=1)
    else:
        d = tr.weekday_on_or_after(ctx.pub, wd)
        back = tr.weekday_on_or_before(ctx.pub, wd)
        return span(d, d, past=(back, back))
    return span(d, d)


def _nearest_weekday(pub: date, wd: int) -> date:
    # "Saturday's meeting" reports an event, usually the one just past.
    back = (pub.weekday() - wd) % 7
    return pub - timedelta(days=back) if back <= 3 else tr.weekday_on_or_after(pub, wd)


def date_dm(g: dict, ctx: Ctx) -> Raw | None:
    """A day (or two) of a month: '15 October', 'October 15, 2025', '21 و 22 جويلية', '13 من الشهر نفسه';
    "the week of November 10" is the week that holds the day."""
    raw = _day_of_month(g, ctx)
    if raw is None or not g.get("wof") or raw.lo is None or raw.hi != raw.lo:
        return raw
    monday = tr.week_monday(raw.lo)
    return span(monday, monday + timedelta(days=6), month_ref=raw.month_ref)


def _day_of_month(g: dict, ctx: Ctx) -> Raw | None:
    day = to_int(g.get("day"))
    if day is None and g.get("dayw"):
        day = ctx.words.lookup("ordinals", g["dayw"])
    day2 = to_int(g.get("day2"))
    if day is None or not 1 <= day <= 31 or (day2 is not None and not day < day2 <= 31):
        return None
    year = year_of(g)
    month = month_of(g, ctx)
    rel = rel_of(g, ctx)
    if month is None:
        if g.get("same"):
            if ctx.last_month is None:
                return unresolved("day")
            year, month = ctx.last_month
        elif ctx.pub is None:
            return unresolved("day")
        elif rel:
            year, month = tr.add_months(ctx.pub.year, ctx.pub.month, tr.SHIFTS[rel])
        else:
            year, month = ctx.pub.year, ctx.pub.month
            if day < ctx.pub.day:
                year, month = tr.add_months(year, month, 1)
    elif year is None:
        if ctx.pub is None:
            return unresolved("day", month_ref=None)
        if rel is None:
            return _dated_without_year(month, day, day2, ctx.pub)
        year = tr.year_for_month(month, ctx.pub, rel)
    lo = tr.safe_date(year, month, day)
    hi = tr.safe_date(year, month, day2) if day2 else lo
    if lo is None or hi is None:
        return None
    return span(lo, hi, month_ref=(year, month), merged=day2 is not None)


# A day and month with no year that fell this recently before publication is read as that past
# day ("clashes that began on April 15"); news does not date an event nine months ahead that way.
_LOOKBACK_DAYS = 92


def _dated_without_year(month: int, day: int, day2: int | None, pub: date) -> Raw | None:
    readings = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        lo = tr.safe_date(year, month, day)
        hi = tr.safe_date(year, month, day2) if day2 else lo
        if lo and hi:
            readings.append((lo, hi))
    if not readings:
        return None
    ahead = [r for r in readings if r[1] >= pub]
    behind = [r for r in readings if r[1] < pub]
    past = behind[-1] if behind else None
    if past and (pub - past[1]).days <= _LOOKBACK_DAYS or not ahead:
        chosen = past
    else:
        chosen = ahead[0]
    return span(*chosen, month_ref=(chosen[0].year, month), past=past, merged=day2 is not None)  # type: ignore[misc, index]


def numeric(g: dict, ctx: Ctx) -> Raw | None:
    y, a, b = to_int(g.get("y")), to_int(g.get("a")), to_int(g.get("b"))
    if y is None or a is None or b is None:
        return None
    if g.get("iso"):
        month, day = a, b
    elif ctx.words.lang == "en" and a <= 12 < b:
        month, day = a, b
    else:
        day, month = a, b
    if not 1900 <= y <= 2100 or not 1 <= month <= 12:
        return None
    d = tr.safe_date(y, month, day)
    return span(d, d, month_ref=(y, month)) if d else None


def month(g: dict, ctx: Ctx) -> Raw | None:
    """A named month, with an optional year, relative word, part or week ordinal."""
    m = month_of(g, ctx)
    if m is None:
        return None
    if fold_in(g.get("month"), ctx, "months_need_context") and not any(
            g.get(k) for k in ("ctx", "part", "mw", "rel", "year", "month2", "wk", "nth", "yrel", "mhalf", "mand")) \
            and g.get("apfx") is None:
        return None
    year = year_of(g)
    yrel = rel_of(g, ctx, "yrel")
    if year is None and yrel is not None and yrel in tr.SHIFTS:
        if ctx.pub is None:
            return unresolved("month")
        year = ctx.pub.year + tr.SHIFTS[yrel]  # "October last year"
    if year is None:
        if ctx.pub is None:
            return unresolved("month")
        rel = rel_of(g, ctx)
        year = tr.year_for_month(m, ctx.pub, rel)
        raw = periods.month_window(year, m, g, ctx)
        if rel is None and raw.lo and raw.lo > ctx.pub:
            back = periods.month_window(year - 1, m, g, ctx)
            return raw.changed(past=(back.lo, back.hi))
        if rel is None and raw.lo and raw.hi:
            # the month under way ("had invited him in June", published 29 June) reads as past too
            return raw.changed(past=(raw.lo, raw.hi))
        return raw
    return periods.month_window(year, m, g, ctx)


def within(g: dict, ctx: Ctx) -> Raw | None:
    """'within N days', 'the coming days', 'خلال الأيام المقبلة': publication day to +N units."""
    unit = unit_of(g, ctx)
    if unit is None:
        return None
    n = number(g, ctx)
    if ctx.pub is None:
        return unresolved("range")
    pub = ctx.pub
    if n is None and rel_of(g, ctx) == "last":
        return Raw(tr.add_units(pub, unit, -1), pub, "range")
    count = None if g.get("rel") else ("within", unit, n)
    if n is None:
        return Raw(pub, typical_end(pub, unit), "range", count=count)
    if n <= 0 or n > 1000:
        return None
    if rel_of(g, ctx) == "last":
        return Raw(tr.add_units(pub, unit, -n), pub, "range")
    return Raw(pub, tr.add_units(pub, unit, n), "range", count=count)


def typical_end(day: date, unit: str) -> date:
    """'within days', 'the coming (few) days/weeks/months': a typical span for the unit."""
    return {"hour": day + timedelta(days=1), "day": day + timedelta(days=7), "week": day + timedelta(days=21),
            "month": tr.add_units(day, "month", 3), "year": tr.add_units(day, "year", 2)}[unit]


def in_n(g: dict, ctx: Ctx) -> Raw | None:
    unit, n = unit_of(g, ctx), number(g, ctx)
    if unit is None or n is None or n > 1000:
        return None
    shift = (unit, n) if g.get("later") else (unit, -n) if g.get("earlier") else None
    count = None if shift else ("after", unit, n)
    if ctx.pub is None:
        return unresolved("day", shift=shift, count=count)
    d = tr.add_units(ctx.pub, unit, n)
    if g.get("num2") and shift is None:
        # "in two to three weeks": from the smaller count to the larger
        first = number({"num": g["num"]}, ctx)
        if first is not None and first < n:
            return span(tr.add_units(ctx.pub, unit, first), d)
    return span(d, d, shift=shift, count=count)


def ago(g: dict, ctx: Ctx) -> Raw | None:
    unit, n = unit_of(g, ctx), number(g, ctx)
    if unit is None or n is None or n > 1000:
        return None
    count = ("before", unit, n)
    if ctx.pub is None:
        return unresolved("day", count=count)
    d = tr.add_units(ctx.pub, unit, -n)
    return span(d, d, count=count)


def duration(g: dict, ctx: Ctx) -> Raw | None:
    unit, n = unit_of(g, ctx), number(g, ctx)
    if unit is None:
        return None
    if n is None:
        n = 1
    return Raw(None, None, "vague", duration=(unit, n))


def month_day_only(g: dict, ctx: Ctx) -> Raw | None:
    """'on the 25th': that day of the publication month, or of the next month once it has passed."""
    return date_dm({"day": g.get("day")}, ctx)


def hijri(g: dict, ctx: Ctx) -> Raw | None:
    """A Hijri month or feast ("شهر رمضان المقبل", "عيد الأضحى", "15 شعبان 1446 هـ"), converted with the
    tabular calendar: within a day or two of the announced dates, which are set by moon sighting."""
    if g.get("feast"):
        key = ctx.words.lookup("hijri_feasts", g["feast"])
        if key is None:
            return None
        first: int | None
        last: int | None
        m, first, last = (int(x) for x in str(key).split("-"))
    else:
        m = ctx.words.lookup("hijri_months", g.get("hmonth"))
        if m is None:
            return None
        if fold_in(g.get("hmonth"), ctx, "hijri_need_context") and not any(
                g.get(k) for k in ("ctx", "mw", "rel", "year", "day", "dayw")):
            return None
        first = to_int(g.get("day"))
        if first is None and g.get("dayw"):
            first = ctx.words.lookup("ordinals", g["dayw"])
        last = first
        if first is not None and not 1 <= first <= 30:
            return None
    year = to_int(g.get("year"))
    if year is not None:
        lo, hi = tr.hijri_month_span(year, m, first or 1, last)
        return span(lo, hi)
    if ctx.pub is None:
        return unresolved("month")
    rel = rel_of(g, ctx)
    base = tr.hijri_year_near(ctx.pub)
    spans = [tr.hijri_month_span(y, m, first or 1, last) for y in range(base - 2, base + 3)]
    if rel == "last":
        chosen = [sp for sp in spans if sp[1] < ctx.pub][-1]
    elif rel == "next":
        chosen = next(sp for sp in spans if sp[0] > ctx.pub)
    else:
        chosen = next(sp for sp in spans if sp[1] >= ctx.pub)
    return span(*chosen)


def event_day(g: dict, ctx: Ctx) -> Raw | None:
    """'the eve of', «عشية»: a day counted from an event named after it, so no dates of its own;
    "polling day", «يوم الاقتراع»: the event's own day."""
    if g.get("pday"):
        return Raw(None, None, "vague", count=("after", "day", 0))
    n = ctx.words.lookup("event_days", g.get("eday"))
    if not isinstance(n, int):
        return None
    return Raw(None, None, "vague", count=("before" if n < 0 else "after", "day", abs(n)))


def event_count(g: dict, ctx: Ctx) -> Raw | None:
    """«قبل القمة بيومين», «بعد الاقتراع بأسبوع»: a count from an event named before it, dated from
    that event's date elsewhere in the text (`window_attach.anchored_window`), so none of its own."""
    unit, n = unit_of(g, ctx), number(g, ctx)
    if unit is None or n is None or n > 1000:
        return None
    return Raw(None, None, "vague", count=("before" if g.get("before") else "after", unit, n))


HANDLERS = {
    "fixed": fixed, "soon": soon, "vague": vague, "weekday": weekday, "date": date_dm, "numeric": numeric,
    "month": month, "nth_weekday": month, "within": within, "in_n": in_n, "ago": ago, "duration": duration, "day_only": month_day_only,
    "period": periods.period, "year_end": periods.year_end, "year": periods.year, "season": periods.season,
    "weekend": periods.weekend, "hijri": hijri, "feast": periods.feast, "event_day": event_day,
    "event_count": event_count,
}
