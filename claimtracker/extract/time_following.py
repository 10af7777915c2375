"""'the following week', «في اليوم التالي»: counted from the date the text named before, not from
publication. "The committee tables its report on June 2; a vote is expected the following week" is
the week of June 8, where "next week" would be the week after publication. The phrases are lexicon
data (`following_day`, `following_week`, `following_month`, `following_year` in `time_*.json`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from claimtracker.extract.time_combine import Item
from claimtracker.extract.time_values import Raw

# how far back the date counted from may stand: the sentence before, not an earlier paragraph
_REACH = 300


def anchor_following(pattern: re.Pattern | None, mtext: str, items: list[Item]) -> list[Item]:
    """`items` with each "following" phrase dated after the dated phrase before it, when one stands
    within reach in the same paragraph. A phrase the scanner read as "next" ("the following week")
    is moved; one it did not read ("the following day") is added. With no date before it, a phrase
    keeps its reading from publication, or stays unread."""
    if pattern is None or not items:
        return items
    found = list(pattern.finditer(mtext, items[0].end))
    if not found:
        return items
    # each phrase, with the item that holds it (or None)
    phrases: list[tuple[re.Match, Item | None]] = []
    for m in found:
        holder = next((it for it in items if it.start <= m.start() and m.end() <= it.end), None)
        if holder is not None or not any(it.start < m.end() and m.start() < it.end for it in items):
            phrases.append((m, holder))
    if not phrases:
        return items
    out = list(items)
    for m, holder in phrases:
        start = holder.start if holder is not None else m.start()
        prev = next((it for it in reversed(out) if it.end <= start), None)
        if (prev is None or prev.raw.lo is None or start - prev.end > _REACH or "\n" in mtext[prev.end:start]):
            continue
        lo, hi = after(prev.raw, m.lastgroup or "day")
        if holder is not None:
            out[out.index(holder)] = Item(holder.start, holder.end, holder.raw.changed(lo=lo, hi=hi))
        else:
            out.append(Item(m.start(), m.end(), Raw(lo, hi, "day" if m.lastgroup == "day" else "range")))
            out.sort(key=_start)
    return out


def _start(it: Item) -> int:
    return it.start


def after(raw: Raw, unit: str) -> tuple[date, date]:
    """The day, calendar week (Monday to Sunday), month or year after the one `raw` names."""
    base = raw.lo
    assert base is not None
    if unit == "day":
        day = (raw.hi or base) + timedelta(days=1)
        return day, day
    if unit == "week":
        monday = base - timedelta(days=base.weekday()) + timedelta(days=7)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        first = date(base.year + (base.month == 12), base.month % 12 + 1, 1)
        last = date(first.year + (first.month == 12), first.month % 12 + 1, 1) - timedelta(days=1)
        return first, last
    return date(base.year + 1, 1, 1), date(base.year + 1, 12, 31)
