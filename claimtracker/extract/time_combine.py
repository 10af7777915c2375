"""Combining neighbouring time phrases: "X or Y" ranges, a start and its end, weekdays and the dates
they fall on, and the modifiers before a phrase ("by", "before", "as early as", "since", "after",
"between"). Counts and durations tied to an event or a date are `time_anchors.py`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from claimtracker.extract.time_compile import CLITICS as _CLITICS
from claimtracker.extract.time_compile import Grammar
from claimtracker.extract.time_values import Raw


@dataclass(slots=True)
class Item:
    start: int
    end: int
    raw: Raw


def strip_clitic(word: str, g: Grammar) -> str:
    if g.words.lang == "ar" and word[:1] in _CLITICS:
        return word[2:] if word[1:2] in _CLITICS and len(word) > 4 else word[1:]
    return word


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
# between weekdays and the week they fall in: nothing, "of", «من»
_WEEKDAY_WEEK_GAP = re.compile(r"\s+(?:(?:of|من)\s+)?")


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
        if nxt is not None and nxt.raw.kind == "period" and nxt.raw.precision == "week" and nxt.raw.lo is not None \
                and _WEEKDAY_WEEK_GAP.fullmatch(mtext, items[j].end, nxt.start):
            # "on Monday and Tuesday next week", «يوم الاثنين من الأسبوع المقبل»: those days of that week
            days = [nxt.raw.lo + timedelta(days=(it.raw.lo.weekday() - nxt.raw.lo.weekday()) % 7)
                    for it in items[i:j + 1] if it.raw.lo is not None]
            if days:
                out.append(Item(items[i].start, nxt.end, items[i].raw.changed(lo=min(days), hi=max(days))))
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
            if ((last in prefix_last or (ar and strip_clitic(last, g) in prefix_last)) and not _fixed_phrase(g, before)) \
                    or gap(before):
                out.append(_with_prefix(g, it, before, pub, mtext[it.end:it.end + 24]))
                floor = it.end
                continue
            m = g.before_clause.search(before) if g.before_clause is not None and raw.lo is not None else None
            if m:
                out.append(_before(it, it.start - (len(before) - m.start()), pub, negated(g, before, m.start())))
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


def _fixed_phrase(g: Grammar, before: str) -> bool:
    """Whether the modifier word ending `before` is part of a fixed phrase with the word before it
    («اجتماعا عن بعد يوم الجمعة»: remotely, not after Friday): `prefix_not_after` in the lexicon."""
    blockers = g.words.word_set("prefix_not_after")
    if not blockers:
        return False
    words = before.rsplit(None, 2)
    return len(words) >= 2 and words[-2] in blockers


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


def negated(g: Grammar, before: str, at: int) -> bool:
    """Whether the clause that ends at `at` in `before` (where the before-word starts) is negated or
    doubted: "unlikely before 2028", "will not be paved before", «لن يتم قبل», «قد لا يتحقق قبل».
    (`event_deadlines` asks it too, of a claim's words before "before the summit in June".)"""
    if g.negated_before is None:
        return False
    m = g.negated_before.search(before, 0, at)
    # "cannot be ruled out before", «لا يستبعد أن ... قبل»: not ruling out is a possibility, no negation
    return m is not None and (g.ruled_out is None or g.ruled_out.search(before, m.start(), at) is None)


def _before(it: Item, start: int, pub: date | None, negated: bool = False) -> Item:
    """'before X' from `start`: from publication to the day before X (to X's end for 'before the end
    of X'). Negated ("not before X", as the annotation guideline reads "unlikely before X"), from the
    start of X on, with no end."""
    raw = it.raw
    if negated and raw.lo is not None and not raw.end_part:
        # ("not before the end of the year" keeps the deadline: the golds read it as one)
        return Item(start, it.end, Raw(raw.lo, None, "open", merged=True))
    hi: date | None = raw.hi if raw.end_part else (raw.lo - timedelta(days=1) if raw.lo else None)
    lo = pub if pub and hi and pub <= hi else None
    return Item(start, it.end, Raw(lo, hi, "range", merged=True))


def _nowhere(text: str) -> None:
    return None


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w-]*)")


def _names_event(g: Grammar, before: str, after: str) -> bool:
    """Whether a date stands between a determiner and a noun ("before the October 4 election", "ahead
    of the June 30 deadline"): it names that event, as "before Brazil's October 4 election" does.
    A word that goes on with the time phrase ("and", "of": `date_noun_not`) is no such noun."""
    words = before.split()
    if not words or words[-1].lower() not in g.words.word_set("determiners"):
        return False
    m = _NEXT_WORD.match(after)
    return m is not None and m.group(1).lower() not in g.words.word_set("date_noun_not")


def _with_prefix(g: Grammar, it: Item, before: str, pub: date | None, after: str = "") -> Item:
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
            no = negated(g, before, m_start)
            if not no and not raw.end_part and pub is not None and pub <= raw.hi and _names_event(g, before, after):
                # the claim comes before the event the date names: up to that event's end
                return Item(start, it.end, Raw(pub, raw.hi, "range", merged=True))
            return _before(it, start, pub, no)
        if kind in ("prefix_open", "prefix_open_gap"):
            if raw.merged:
                continue
            if kind == "prefix_open" and _marks_start(g, before[m_start:]):
                return Item(start, it.end, raw)
            return Item(start, it.end, raw.changed(hi=None, precision="open"))
        if kind == "prefix_after":
            return Item(start, it.end, Raw(raw.hi + timedelta(days=1), None, "open"))
    return it
