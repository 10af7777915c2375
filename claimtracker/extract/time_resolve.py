"""Calendar arithmetic for time phrases: the windows each kind of wording stands for.

The conventions are those of the annotation guideline (docs/time-windows.md): weeks run Monday to
Sunday, month parts are days 1-10 / 11-20 / 21-last, and a month named without a year is its next
occurrence on or after the publication month.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

Span = tuple[date | None, date | None]


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def month_length(year: int, month: int) -> int:
    """`calendar.monthrange(year, month)[1]` without its weekday of the 1st, which the scan never reads."""
    if month == 2:
        return 29 if calendar.isleap(year) else 28
    if 1 <= month <= 12:
        return _MONTH_DAYS[month]
    return calendar.monthrange(year, month)[1]  # raises as it always did


def month_end(year: int, month: int) -> date:
    return date(year, month, month_length(year, month))


def month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), month_end(year, month)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def add_units(day: date, unit: str, n: int) -> date:
    if unit == "hour":
        return day + timedelta(days=-(-n // 24) if n >= 0 else -((-n) // 24))
    if unit == "day":
        return day + timedelta(days=n)
    if unit == "week":
        return day + timedelta(weeks=n)
    if unit == "month":
        y, m = add_months(day.year, day.month, n)
        return date(y, m, min(day.day, month_length(y, m)))
    y = day.year + n
    return date(y, day.month, min(day.day, month_length(y, day.month)))


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def year_for_month(month: int, pub: date, rel: str | None) -> int:
    """The year of a month named without one: on/after the publication month unless told otherwise."""
    if rel == "this":
        return pub.year
    if rel == "next":
        return pub.year if month > pub.month else pub.year + 1
    if rel == "last":
        return pub.year if month < pub.month else pub.year - 1
    return pub.year if month >= pub.month else pub.year + 1


def week_monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weekday_on_or_after(pub: date, wd: int) -> date:
    return pub + timedelta(days=(wd - pub.weekday()) % 7)


def weekday_after(pub: date, wd: int) -> date:
    return pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)


def weekday_on_or_before(pub: date, wd: int) -> date:
    return pub - timedelta(days=(pub.weekday() - wd) % 7)


def weekday_before(pub: date, wd: int) -> date:
    return pub - timedelta(days=(pub.weekday() - wd) % 7 or 7)


SHIFTS = {"this": 0, "next": 1, "last": -1, "next2": 2}  # periods from this one; "next2": "the week after next"


def period_span(unit: str, pub: date, rel: str) -> tuple[date, date]:
    """this/next/last week, month or year as whole calendar periods."""
    shift = SHIFTS[rel]
    if unit == "week":
        mon = week_monday(pub) + timedelta(weeks=shift)
        return mon, mon + timedelta(days=6)
    if unit == "month":
        y, m = add_months(pub.year, pub.month, shift)
        return month_span(y, m)
    if unit == "year":
        y = pub.year + shift
        return date(y, 1, 1), date(y, 12, 31)
    d = pub + timedelta(days=shift)
    return d, d


def month_part(year: int, month: int, part: str | None) -> tuple[date, date]:
    start, end = month_span(year, month)
    if part in ("begin", "early"):
        return start, date(year, month, 10)
    if part == "mid":
        return date(year, month, 11), date(year, month, 20)
    if part in ("late", "end"):
        return date(year, month, 21), end
    return start, end


def year_part(year: int, part: str | None) -> tuple[date, date]:
    # "the end of 2021" is its December; "late 2021" its last quarter.
    if part == "begin":
        return date(year, 1, 1), date(year, 1, 31)
    if part == "early":
        return date(year, 1, 1), date(year, 3, 31)
    if part == "mid":
        return date(year, 6, 1), date(year, 7, 31)
    if part == "late":
        return date(year, 10, 1), date(year, 12, 31)
    if part == "end":
        return date(year, 12, 1), date(year, 12, 31)
    return date(year, 1, 1), date(year, 12, 31)


def week_part(monday: date, part: str | None) -> tuple[date, date]:
    if part in ("begin", "early"):
        return monday, monday + timedelta(days=2)
    if part == "mid":
        return monday + timedelta(days=2), monday + timedelta(days=3)
    if part in ("late", "end"):
        return monday + timedelta(days=4), monday + timedelta(days=6)
    return monday, monday + timedelta(days=6)


def half_span(year: int, half: int) -> tuple[date, date]:
    return (date(year, 1, 1), date(year, 6, 30)) if half == 1 else (date(year, 7, 1), date(year, 12, 31))


def quarter_span(year: int, q: int) -> tuple[date, date]:
    if q < 0:
        q = 4
    m = 3 * (q - 1) + 1
    return date(year, m, 1), month_end(year, m + 2)


def week_of_month(year: int, month: int, n: int) -> tuple[date, date]:
    end = month_end(year, month)
    if n < 0:
        return end - timedelta(days=6), end
    start = date(year, month, min(1 + 7 * (n - 1), end.day))
    return start, min(start + timedelta(days=6), end)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date | None:
    """The n-th `weekday` (0 = Monday) of a month, the last for n = -1; None past its end."""
    if n < 0:
        end = month_end(year, month)
        return end - timedelta(days=(end.weekday() - weekday) % 7)
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    return day if day.month == month else None


def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """The tabular (arithmetic) Islamic calendar: within a day or two of the sighted or Umm al-Qura one."""
    jdn = (11 * year + 3) // 30 + 354 * year + 30 * month - (month - 1) // 2 + day + 1948440 - 385
    return date.fromordinal(jdn - 1721425)


def hijri_month_span(year: int, month: int, first: int = 1, last: int | None = None) -> tuple[date, date]:
    start = hijri_to_gregorian(year, month, first)
    if last is None:
        nxt_y, nxt_m = (year + 1, 1) if month == 12 else (year, month + 1)
        return start, hijri_to_gregorian(nxt_y, nxt_m, 1) - timedelta(days=1)
    return start, hijri_to_gregorian(year, month, last)


def hijri_year_near(day: date) -> int:
    return int((day.year - 621.57) * 1.030684)
