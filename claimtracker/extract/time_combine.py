"""Combining neighbouring time phrases: durations anchored on a date, "X or Y" ranges, and the
modifiers before a phrase ("by", "before", "as early as", "since", "after", "between").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from claimtracker.extract import time_resolve as tr
from claimtracker.extract.time_compile import CLITICS as _CLITICS
from claimtracker.extract.time_compile import Grammar
from claimtracker.extract.time_handlers import typical_end
from claimtracker.extract.time_values import Raw, precision_of


@dataclass(slots=True)
class Item:
    start: int
    end: int
    raw: Raw


def strip_clitic(word: str, g: Grammar) -> str:
    if g.words.lang == "ar" and word[:1] in _CLITICS:
        return word[2:] if word[1:2] in _CLITICS and len(word) > 4 else word[1:]
    return word


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
        if near and prev.raw.precision == "day" and it.start - prev.end <= 60:  # type: ignore[union-attr]
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


_APPOSITION = re.compile(r"\s*[,،]\s*")


def drop_restated(mtext: str, items: list[Item]) -> list[Item]:
    """A count from now or from the date before it followed, after a comma, by a date that says
    the same day ("the runoff follows a week later, on 21 March", «بعد أسبوعين، في 3 آذار»): the
    date is the phrase, the count only leads to it (and may count from another event)."""
    out: list[Item] = []
    for i, it in enumerate(items):
        nxt = items[i + 1] if i + 1 < len(items) else None
        if (nxt is not None and (it.raw.count is not None or it.raw.shift is not None)
                and nxt.raw.lo is not None and nxt.raw.hi is not None
                and nxt.raw.count is None and nxt.raw.shift is None
                and _APPOSITION.fullmatch(mtext, it.end, nxt.start)):
            continue
        out.append(it)
    return out


_WEEKDAY_DATE_GAP = re.compile(r"\s*[,،]?\s*")


def dated_weekdays(g: Grammar, mtext: str, items: list[Item]) -> list[Item]:
    """Weekdays followed by the dates they fall on ("on Wednesday and Thursday, March 17 and 18",
    «يومي الأربعاء والخميس 17 و18 آذار»): the dates are the window, and the weekdays, which read
    alone as the next ones, only name those days."""
    out: list[Item] = []
    i, n = 0, len(items)
    while i < n:
        if items[i].raw.kind != "weekday":
            out.append(items[i])
            i += 1
            continue
        j = i  # the last weekday of a run joined by "and", «و»
        while j + 1 < n and items[j + 1].raw.kind == "weekday" and _connected(g, mtext, items[j], items[j + 1]):
            j += 1
        nxt = items[j + 1] if j + 1 < n else None
        # "Wednesday, March 17", or "Wednesday and Thursday, March 17 ...", whose last weekday the
        # date phrase took in
        if nxt is not None and nxt.raw.kind == "date" and nxt.raw.lo is not None and (
                _WEEKDAY_DATE_GAP.fullmatch(mtext, items[j].end, nxt.start)
                or (_connected(g, mtext, items[j], nxt) and _opens_on_weekday(g, mtext, nxt))):
            out.append(Item(items[i].start, nxt.end, nxt.raw))
            i = j + 2
            continue
        out.extend(items[i:j + 1])
        i = j + 1
    return out


def _opens_on_weekday(g: Grammar, mtext: str, it: Item) -> bool:
    return any("weekday" in g.head_kinds.get(strip_clitic(w.strip(",،"), g), ())
               for w in mtext[it.start:it.end].split()[:2])


def merge_connected(g: Grammar, mtext: str, items: list[Item]) -> list[Item]:
    """'X or Y', 'X and Y', 'X to Y' with nothing else between: from the start of X to the end of Y."""
    out: list[Item] = []
    for it in items:
        prev = out[-1] if out else None
        if not (prev and _connected(g, mtext, prev, it)):
            out.append(it)
            continue
        if it.raw.kind == "weekday" and 0 < (prev.raw.lo - it.raw.lo).days < 7:  # type: ignore[operator]
            # "on Tuesday and Wednesday" published on a Wednesday: the Wednesday after that Tuesday
            later = it.raw.lo + timedelta(days=7)  # type: ignore[operator]
            it = Item(it.start, it.end, it.raw.changed(lo=later, hi=later))
        if it.raw.lo < prev.raw.lo:  # type: ignore[operator]
            out.append(it)
            continue
        raw = Raw(prev.raw.lo, max(prev.raw.hi, it.raw.hi), "range", end_part=it.raw.end_part,  # type: ignore[type-var]
                  month_ref=it.raw.month_ref, merged=True)
        out[-1] = Item(prev.start, it.end, raw)
    return out


def _connected(g: Grammar, mtext: str, a: Item, b: Item) -> bool:
    if not (a.raw.lo and a.raw.hi and b.raw.lo and b.raw.hi) or a.raw.duration or b.raw.duration:
        return False
    gap = mtext[a.end:b.start]
    if "\n" in gap:
        return False
    return bool(g.connector.fullmatch(gap) or (not gap.strip() and g.connector_lead.match(mtext, b.start)))


def apply_prefixes(g: Grammar, mtext: str, items: list[Item], pub: date | None) -> list[Item]:
    """'by X', 'before X', 'as early as X', 'not before X', 'after X' change the window of X; a
    modifier is looked for only after the phrase before X. Most phrases have none, which is told here.
    """
    prefix_last, ar = g.prefix_last, g.words.lang == "ar"
    # "as early as" is in few texts: when it is in none of this one, no slice of it holds it
    gap = g.prefix_gap_any.search if any(p in mtext for p in g.prefix_gap) else _nowhere
    out = []
    floor = 0
    for it in items:
        raw = it.raw
        if (raw.lo is not None or raw.hi is not None) and not mtext.startswith("'s", it.end - 2):
            before = mtext[max(floor, it.start - 120):it.start]
            last = ""
            if before[-1:].isspace():
                tail = before.rsplit(None, 1)
                # (a quotation may open on the modifier: 'operating "before August 7"')
                last = tail[-1].lstrip("\"“‘'«(") if tail else ""
            if last in prefix_last or (ar and strip_clitic(last, g) in prefix_last) or gap(before):
                out.append(_with_prefix(g, it, before, pub))
                floor = it.end
                continue
            m = g.before_clause.search(before) if g.before_clause is not None and raw.lo is not None else None
            if m:
                out.append(_before(it, it.start - (len(before) - m.start()), pub))
                floor = it.end
                continue
        owner = _POSSESSOR.search(mtext, max(floor, it.start - 40), it.start) if raw.hi is not None else None
        if raw.hi is not None and (owner or mtext.startswith("'s", it.end - 2)) and "prefix_before" in g.prefixes:
            # "ahead of Sunday's vote", "before next week's summit", "before Brazil's October 4
            # election": the date names the event, and the claim comes before it: from publication
            # to the event's end
            m = g.prefixes["prefix_before"].search(mtext, max(floor, it.start - 40), owner.start() if owner else it.start)
            hi = raw.hi
            if pub is not None and raw.lo == hi and 0 < (pub - hi).days < 7:
                hi += timedelta(days=7)  # "Sunday's vote" read as the one gone: the one before us comes next
            if m is not None and pub is not None and pub <= hi:
                out.append(Item(m.start(), it.end, Raw(pub, hi, "range", merged=True)))
                floor = it.end
                continue
        out.append(it)
        floor = it.end
    return out


# a possessor between a before-word and a date ("before Brazil's October 4 election")
_POSSESSOR = re.compile(r"(?<![\w'’])[\w.-]+['’]s\s+\Z")


def _marks_start(g: Grammar, modifier: str) -> bool:
    """Whether an open modifier says when something begins ("starting July 1", «ابتداء من غرة
    جويلية», "effective March 3"): the beginning is the event, so its date is the phrase's own;
    "not before", "as early as" leave the end open (`prefix_start` in the time lexicon)."""
    words = modifier.strip(" \t\n(\"'«").split()
    if not words:
        return False
    starts = g.words.word_set("prefix_start")
    if " ".join(words) in starts:
        return True
    return g.words.lang == "ar" and " ".join([strip_clitic(words[0], g), *words[1:]]) in starts


def _before(it: Item, start: int, pub: date | None) -> Item:
    """'before X' from `start`: from publication to the day before X (to X's end for 'before the end
    of X')."""
    raw = it.raw
    hi: date | None = raw.hi if raw.end_part else (raw.lo - timedelta(days=1) if raw.lo else None)
    lo = pub if pub and hi and pub <= hi else None
    return Item(start, it.end, Raw(lo, hi, "range", merged=True))


def _nowhere(text: str) -> None:
    return None


def _with_prefix(g: Grammar, it: Item, before: str, pub: date | None) -> Item:
    """The phrase `it` with the modifier that ends `before` (the text just before it), if one does."""
    raw = it.raw
    bare = before.rstrip()
    found = []
    for kind, rx in g.prefixes.items():
        if kind == "prefix_open_gap":
            if any(all(w in before for w in words) for words in g.prefix_gap_words):
                m = rx.search(before)
            else:
                continue
        elif bare.endswith(g.prefix_ends[kind]):
            # a match ends with the last words of `before`: search from the start of as many words
            # back as the longest modifier has (a word may begin with a clitic or a bracket)
            parts = bare.rsplit(None, g.prefix_words[kind])
            m = rx.search(before, len(parts[0]) if len(parts) > g.prefix_words[kind] else 0)
        else:
            continue
        if m:
            found.append((kind == "prefix_open_gap", m.start(), kind))
    # the longest modifier next to the phrase wins ("not before X" over "before X"), then one a few words away
    lo: date | None
    for _, m_start, kind in sorted(found):
        if raw.lo is None or raw.hi is None:
            return it
        start = it.start - (len(before) - m_start)
        if kind == "prefix_since":
            lo, hi = raw.past if raw.past else (raw.lo, raw.hi)
            return Item(start, it.end, raw.changed(lo=lo, hi=hi, past=None))
        if kind == "prefix_between":
            if not raw.merged:
                continue
            return Item(start, it.end, raw)
        if kind == "prefix_by":
            hi = raw.hi
            return Item(start, it.end, Raw(pub if pub and pub <= hi else raw.lo, hi, "range", merged=True))
        if kind == "prefix_before":
            return _before(it, start, pub)
        if kind in ("prefix_open", "prefix_open_gap"):
            if raw.merged:
                continue
            if kind == "prefix_open" and _marks_start(g, before[m_start:]):
                return Item(start, it.end, raw)
            return Item(start, it.end, raw.changed(hi=None, precision="open"))
        if kind == "prefix_after":
            return Item(start, it.end, Raw(raw.hi + timedelta(days=1), None, "open"))
    return it
