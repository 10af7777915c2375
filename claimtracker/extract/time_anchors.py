"""Time phrases tied to another event or date: "within two weeks of the vote", «خلال 48 ساعة من إغلاق
الصناديق», "three days after May 4", and durations that run from a date ("a two-week visit starting
Monday"). The steps `timewords.find_times` runs before joining phrases (`time_combine.py`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from claimtracker.extract import time_resolve as tr
from claimtracker.extract.time_combine import Item
from claimtracker.extract.time_compile import Grammar
from claimtracker.extract.time_handlers import typical_end
from claimtracker.extract.time_values import Raw, precision_of


def _same_sentence(g: Grammar, gap: str) -> bool:
    return not any(map(g.breaks.__contains__, gap))


_NEXT_WORD = re.compile(r"[ \t]+(?=\w)")


def anchor_counts(g: Grammar, mtext: str, items: list[Item]) -> list[Item]:
    """A count tied to another event: "within two weeks of the vote", «خلال 48 ساعة من إغلاق الصناديق»,
    "three days after the election", «قبل يومين من الاقتراع». Counted from that event, not from
    publication: from a date named right there ("three days after May 4" -> May 7), else no dates
    (`vague`) with the event's words kept in the text.
    """
    out: list[Item] = []
    skip = False
    for i, it in enumerate(items):
        if skip:
            skip = False
            continue
        count = it.raw.count
        link = g.anchor_link.match(mtext, it.end) if count is not None else None
        if link is None and count is not None and it.raw.kind == "event_day":
            link = _NEXT_WORD.match(mtext, it.end)  # «عشية الانتخابات»: the event right after, no linking word
        if link is None:
            out.append(it)
            continue
        if _is_rate(g, mtext, it):
            continue  # "$4 billion a year before the war": a rate, no time
        nxt = items[i + 1] if i + 1 < len(items) else None
        how, unit, n = count  # type: ignore[misc]
        if nxt is not None and nxt.start == link.end() and nxt.raw.lo and nxt.raw.hi:
            if how == "within":
                base = nxt.raw.hi
                lo, hi = base, tr.add_units(base, unit, n) if n is not None else typical_end(base, unit)
            else:
                day = tr.add_units(nxt.raw.hi, unit, n) if how == "after" else tr.add_units(nxt.raw.lo, unit, -(n or 1))  # type: ignore[arg-type]
                lo = hi = day
            out.append(Item(it.start, nxt.end, Raw(lo, hi, precision_of(lo, hi), merged=True)))
            skip = True
            continue
        if how == "within" and it.raw.lo is not None and _past_clause(g, mtext, link.end()):
            # "within days after the power minister quit": the event is behind us, so the count runs
            # from now, as the phrase alone reads
            out.append(it)
            continue
        words = g.anchor_words.match(mtext, link.end())
        end = words.end() if words else it.end
        if nxt is not None and nxt.start < end:
            end = it.end
        out.append(Item(it.start, end, Raw(None, None, "vague", kind=it.raw.kind, count=count)))
    return out


_PAST_CLAUSE_WORDS = 6  # words after the linking word searched for the past verb of its clause


def _past_clause(g: Grammar, mtext: str, at: int) -> bool:
    """Whether the words from `at` are a clause whose verb is past ("the minister resigned", "X
    quit over"), within a few words and before any punctuation (`anchor_past_verbs`)."""
    if g.anchor_past is None:
        return False
    words = mtext[at : at + 80].split(None, _PAST_CLAUSE_WORDS)[:_PAST_CLAUSE_WORDS]
    if not words or not words[0][-1:].isalnum():
        return False  # "within 45 days of signing, the ministry said": the clause ended
    for w in words[1:]:  # the first word is the event's own ("the", a noun)
        if not w[-1:].isalnum():
            return bool(g.anchor_past.fullmatch(w[:-1]))
        if g.anchor_past.fullmatch(w):
            return True
    return False


_RATE_LOOKBACK = 40  # characters before "a year" searched for the amount it divides


def _is_rate(g: Grammar, mtext: str, it: Item) -> bool:
    """Whether "a year", "a day" follows an amount ("$4 billion a year", "300,000 barrels a day"):
    a rate per unit of time, not a count of time before or after an event. Rate articles and
    magnitude words are `rate_articles` and `rate_amounts` in the time lexicon."""
    articles = g.words.word_set("rate_articles")
    first = mtext[it.start:it.end].split(None, 1)
    if not first or first[0] not in articles:
        return False
    before = mtext[max(0, it.start - _RATE_LOOKBACK):it.start].split()[-2:]
    if not before or any(not w[-1:].isalnum() for w in before):
        return False  # "in 2025, a year before": a comma ends the amount's phrase
    amounts = g.words.word_set("rate_amounts")
    return any(any(c.isdigit() for c in w) or w in amounts for w in before)


def anchor_durations(g: Grammar, mtext: str, items: list[Item], pub: date | None) -> list[Item]:
    """'for a week from May 4' -> May 4-10; 'arrived on 8 June for a visit lasting two days' -> 8-9 June;
    'on May 4, with a runoff two weeks later' -> May 18."""
    out: list[Item] = []
    skip = False
    for i, it in enumerate(items):
        if skip:
            skip = False
            continue
        raw = it.raw
        if raw.shift is None and raw.duration is None:
            out.append(it)  # most phrases: neither a shift nor a duration
            continue
        prev = out[-1] if out else None
        near = (prev is not None and prev.raw.lo is not None and it.start - prev.end <= 80
                and _same_sentence(g, mtext[prev.end:it.start]))
        if it.raw.shift is not None and near:
            unit, n = it.raw.shift
            day = tr.add_units(prev.raw.lo, unit, n)  # type: ignore[union-attr, arg-type]
            out.append(Item(it.start, it.end, Raw(day, day, "day")))
            continue
        if it.raw.duration is None:
            out.append(it)
            continue
        unit, n = it.raw.duration
        nxt = items[i + 1] if i + 1 < len(items) else None
        if nxt and nxt.raw.lo and g.duration_from.fullmatch(mtext[it.end:nxt.start]):
            lo = nxt.raw.lo
            out.append(Item(it.start, nxt.end, Raw(lo, _after(lo, unit, n), "range", merged=True)))
            skip = True
            continue
        if nxt and nxt.raw.lo and _ADJECTIVAL.fullmatch(mtext, it.start, it.end) \
                and _noun_then_start(g, mtext[it.end:nxt.start], nxt.raw.precision == "day" and unit in _STAYS):
            # "a three-day strike from Monday", "a 48-hour strike on Tuesday": the date that follows
            # the noun opens the duration; the duration's own words stay vague
            lo = nxt.raw.lo
            days = -(-n // 24) if unit == "hour" else None
            hi = lo + timedelta(days=days - 1) if days else _after(lo, unit, n)
            out.append(Item(nxt.start, nxt.end, Raw(lo, max(hi, nxt.raw.hi or lo), "range", merged=True)))
            skip = True
            continue
        if _ADJECTIVAL.fullmatch(mtext, it.start, it.end):
            continue  # "several 72-hour truces": a length with no day to count from is no time phrase
        if near and prev.raw.precision == "day" and it.start - prev.end <= 60 and unit != "year":  # type: ignore[union-attr]
            # (a term of years after a day is a contract's or a concession's, signed that day:
            # «توقع يوم الأحد عقدا لمدة ثلاث سنوات» is Sunday)
            lo = prev.raw.lo  # type: ignore[union-attr, assignment]
            # the date's window runs to the duration's end too: a claim that takes the date takes the
            # whole stay ("arrives on June 3 for two weeks of talks" is June 3-16). The words join
            # only when nothing stands between them; else each keeps its own («غدا إلى باريس في
            # زيارة تستمر يومين»: «غدا» and «تستمر يومين», both the two days)
            span = Raw(lo, _after(lo, unit, n), "range", merged=True)
            if it.start - prev.end <= 1:  # type: ignore[union-attr]
                out[-1] = Item(prev.start, it.end, span)  # type: ignore[union-attr]
            else:
                out[-1] = Item(prev.start, prev.end, span)  # type: ignore[union-attr]
                out.append(Item(it.start, it.end, Raw(lo, span.hi, "range")))
            continue
        out.append(it)
    return out


# a duration written as an adjective before its noun ("three-day", "48-hour")
_ADJECTIVAL = re.compile(r"[\w]+-[a-z]+")
_GAP_WORD = re.compile(r"[^\W\d][\w'’-]*")
_NOUN_WORDS = 5  # words of the noun phrase between the duration and its date
_STAYS = frozenset({"hour", "day", "week"})  # a stay or a stoppage dated by its first day alone


def _noun_then_start(g: Grammar, gap: str, day: bool) -> bool:
    """Whether `gap` is a short noun phrase ("general strike", "visit to China") and then a word that
    opens a duration's start ("from", "starting"), or, before a day, nothing more ("on Tuesday")."""
    words = gap.split()
    if not words or not gap.startswith(" ") or not all(_GAP_WORD.fullmatch(w) for w in words):
        return False
    if not set(g.words.words("duration_noun_stops")).isdisjoint(words):
        return False  # a verb between: the day is another event's ("the five-year plan will be published on Monday")
    for k in range(1, min(len(words), _NOUN_WORDS) + 1):
        rest = words[k:]
        if not rest:
            return day
        if g.duration_from.fullmatch(" " + " ".join(rest) + " "):
            return True
    return False


def _after(lo: date, unit: str, n: int) -> date:
    return max(lo, tr.add_units(lo, unit, n) - timedelta(days=1))
