"""The gate before a lexicon pattern: an alternation of the terms' leading atoms, as a trie.

A lexicon pattern tried at every word start spends most of its time failing. `gate(terms)`
builds an existence test that matches where one of the terms does (`a(?:b|c)` for `ab|ac`), so
most branches of a level start with a literal character that Python's engine rejects with one
comparison. `cues.compile_terms`, `compile_groups` and `compile_scan` put it in a lookahead
before the real alternation; it changes no match, only the speed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from claimtracker.extract.alternation import first_chars

_QUANTIFIER = re.compile(r"(?:[?*+]|\{\d*(?:,\d*)?\})[?+]?")
_SYNTAX = frozenset("\\[](){}.^$|?*+")
_MAX_EXPANSION = 64  # alternatives one term may be spread into for the gate
_DEEP_EXPANSION = 4
# A counted repeat "{m,n}" (greedy or lazy: the gate only asks whether one count matches) opens
# into one term per count when it allows at most this many copies.
_BOUNDED = re.compile(r"\{(\d*),(\d+)\}\??")
_MAX_COPIES = 3
# Past this many atoms of a term, at a word break, a trie level whose tails run longer than
# _WIDE_TAILS characters is cut off: the rest stands for every tail (`_REST_OF_WORD`). Spelled out
# to the end, the tails of multi-word terms ("vacate his/her/their post/seat/office...") made the
# English event gate five times the size of its terms, parsed at load in each pattern that holds
# it, while the first twelve characters and words already tell almost every position apart
# (on the eval and bench articles the sentence pass stops at 0.1% more places).
_MAX_DEPTH = 12
_WIDE_TAILS = 100
_WORD_BREAKS = frozenset({" ", "\\ ", "\\s", "\\s+", "\\s++", "[ ]"})
# Any run of word characters and hyphens, taken whole: after it the next character is neither,
# so the word-end test that follows every gate (`cues._gated`, `cues.compile_scan`, the sentence
# pass) holds wherever it held after a whole term. The gate still matches wherever a term does.
_REST_OF_WORD = r"[\w-]*+"
# The characters `closing` and `top_split` act on; the gates of a lexicon are built from
# patterns of tens of thousands of characters, read again at every level of the trie.
_SYNTAX_CHAR = re.compile(r"[\\\[\]()]")
_TOP_CHAR = re.compile(r"[\\\[(|]")
# How many readings each builder remembers (`forget`): a lexicon's terms come back within a few
# hundred readings of each other; a bounded memo keeps the build's peak memory near what it was
# without one (152 → 155 MB peak RSS over the benchmark, where an unbounded one took 163 MB).
_MEMO = 1024


@lru_cache(maxsize=_MEMO)
def closing(term: str, i: int) -> int:
    """The index after the `]` or `)` that closes the class or group opening at `i`; -1 if none."""
    depth, in_class = 0, False
    find = _SYNTAX_CHAR.search  # jumps over plain characters in C: lexicon patterns run long
    j = i
    while (m := find(term, j)) is not None:
        j = m.start()
        ch = term[j]
        if ch == "\\":
            j += 2
            continue
        if in_class:
            # a `]` right after `[` or `[^` is a literal member
            if ch == "]" and term[j - 1] != "[" and term[j - 2 : j] != "[^":
                in_class = False
                if depth == 0:
                    return j + 1
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return -1


@lru_cache(maxsize=_MEMO)
def top_split(body: str) -> tuple[str, ...] | None:
    """The alternatives of a group body at its top level; None if it cannot be read."""
    if "|" not in body and "\\" not in body and "[" not in body and "(" not in body:
        return (body,)  # most terms: plain text
    out, cur = [], 0
    find = _TOP_CHAR.search
    j = 0
    while (m := find(body, j)) is not None:
        j = m.start()
        ch = body[j]
        if ch == "\\":
            j += 2
            continue
        if ch != "|":  # a class or group: its alternatives are not the body's
            j = closing(body, j)
            if j < 0:
                return None
            continue
        out.append(body[cur:j])
        cur = j = j + 1
    out.append(body[cur:])
    return tuple(out)


@lru_cache(maxsize=_MEMO)
def _first_atom(term: str) -> tuple[str, str] | None:
    """A term as (its first atom with its quantifier, the rest), or None when it cannot be read."""
    ch = term[0]
    if ch == "\\":
        if term[1:2] in ("", "x", "u", "U", "N", "g") or term[1:2].isdigit():
            return None
        k = 2
    elif ch == "[":
        k = closing(term, 0)
    elif ch == "(":
        if not term.startswith(("(?:", "(?=", "(?!", "(?<=", "(?<!")):
            return None  # a capturing or otherwise special group
        k = closing(term, 0)
    elif ch in ")|]{}?*+":
        return None
    else:
        k = 1
    if k < 0:
        return None
    q = _QUANTIFIER.match(term, k)
    if q:
        k = q.end()
    return term[:k], term[k:]


@lru_cache(maxsize=_MEMO)
def _expand(term: str, budget: int = _MAX_EXPANSION) -> tuple[str, ...]:
    """Terms that together match where `term` does, with leading groups and options opened up
    ("(?:the |a )?source" -> "the source", "a source", "source"), so more of them start with a
    literal. A term that cannot be read, or would spread too far, stays as it is."""
    return tuple(_opened(term, budget))


def _opened(term: str, budget: int) -> list[str]:
    if top_split(term) != (term,):
        return [term]
    atom = _first_atom(term) if term else None
    if atom is None:
        return [term]
    head, rest = atom
    if head.startswith(("(?<!", "(?<=")) and closing(head, 0) == len(head) and rest:
        # a test of what stands before moves behind the first letter, which can then lead:
        # "(?<!had )agreed" -> "a(?<!(?:had )a)greed"
        out: list[str] = []
        for moved in _expand(rest, budget):
            first = _first_atom(moved) if moved else None
            if first is None or len(first[0]) != 1 or first[0] in _SYNTAX:
                return [term]
            lit = first[0]
            out.append(f"{lit}{head[:4]}(?:{head[4:-1]}){re.escape(lit)}){first[1]}")
        return out
    if not head.startswith("(?:"):
        base = head[:2] if head[0] == "\\" else head[: closing(head, 0)] if head[0] == "[" else head[:1]
        if head[0] == "(" or head[len(base):] not in ("?", "??") or not rest:
            return [term]
        # an optional character or class ("[يت]?rest") opens into "[يت]rest" and "rest": the
        # first joins the other terms led by that class, the second is led by what follows
        alts = [base + rest, rest]
        if len(alts) > budget or budget <= 1:
            return [term]
        return [e for a in alts for e in _expand(a, budget)]
    close = closing(head, 0)
    inner, quant = head[3 : close - 1], head[close:]
    options = top_split(inner)
    bounded = _BOUNDED.fullmatch(quant)
    if options is not None and bounded is not None:
        # "(?:w )){1,3}rest" matches where "w rest", "w w rest" or "w w w rest" does: each copy
        # of a word run then reads its word once, in the branch shared with the other runs,
        # instead of a counted repeat that reads the words again for every count it tries
        low, high = int(bounded.group(1) or 0), int(bounded.group(2))
        alts = [f"(?:{inner})" * k + rest for k in range(low, high + 1)]
        if high > _MAX_COPIES or len(alts) > budget or budget <= 1:
            return [term]
        return [e for a in alts for e in (_expand(a, budget) if a else [a])]
    # a repeat opens up at the top level only: deeper, it would open again and again
    repeats = ("*", "*?", "+", "+?") if budget == _MAX_EXPANSION else ()
    if options is None or quant not in ("", "?", "??", *repeats):
        return [term]
    # "(?:x)*rest" matches where "rest" or "x(?:x)*rest" does
    again = f"(?:{inner})*" if quant[:1] in ("*", "+") else ""
    alts = [o + again + rest for o in options] + ([rest] if quant[:1] in ("?", "*") else [])
    if len(alts) > budget or budget <= 1:
        return [term]
    out = []
    for a in alts:
        more = list(_expand(a, budget)) if a else [a]
        out.extend(more if len(out) + len(more) + len(alts) <= budget else [a])
    return out


def _literal(atom: str) -> str | None:
    """The character an atom stands for when it is one plain or escaped character."""
    if len(atom) == 1 and atom not in _SYNTAX:
        return atom
    if len(atom) == 2 and atom[0] == "\\" and not atom[1].isalnum():
        return atom[1]
    return None


@lru_cache(maxsize=_MEMO)
def _possessive(term: str) -> str:
    """`\\w+ news` -> `\\w++ news`: a run of a class followed by a character outside it must
    take the whole run, so the engine need not try the shorter ones; with a fixed-length suffix
    group (`\\w+(?:ian|ese) media`) the suffix is checked behind the whole run instead."""
    atom = _first_atom(term) if term else None
    if atom is None or not atom[0].endswith("+") or not atom[1]:
        return term
    run, rest = atom[0][:-1], atom[1]
    if _first_atom(run) != (run, "") or not run.startswith(("\\", "[")):
        return term
    nxt = _first_atom(rest)
    if nxt is None:
        return term
    c = _literal(nxt[0])
    if c is not None:
        return term if re.fullmatch(run, c) else f"{run}++{rest}"
    if nxt[0].startswith("[") and not nxt[0].startswith("[^") and closing(nxt[0], 0) == len(nxt[0]):
        # a class of characters outside the run ("[\\w-]+['’]s"): the run stops before it all the same
        chars = first_chars(nxt[0])
        return f"{run}++{rest}" if chars and not any(re.fullmatch(run, ch) for ch in chars) else term
    head, after = nxt
    follow = _first_atom(after) if after else None
    c = _literal(follow[0]) if follow else None
    if not head.startswith("(?:") or closing(head, 0) != len(head) or c is None or re.fullmatch(run, c):
        return term
    options = top_split(head[3:-1])
    if not options or len({len(o) for o in options}) != 1 or any(
        not o or any(ch in _SYNTAX or not re.fullmatch(run, ch) for ch in o) for o in options
    ):
        return term
    return f"{run}++(?<={run}{head}){after}"


# Possessive runs of a word class that a gate may open with, each class inside the next.
_RUNS = ("\\w++", "[\\w-]++")


@lru_cache(maxsize=_MEMO)
def _unguarded(term: str) -> str:
    """A term less a leading negative lookahead: "(?!and )\\w+ analysts" -> "\\w+ analysts".

    The gate may match where no term does (it only spares the real pattern most positions), and
    the term without its guard matches wherever the term does; a guard in front would keep its
    run from opening a bucket shared with the other runs (`_merge_runs`)."""
    if term.startswith("(?!"):
        atom = _first_atom(term)
        # only before a word run: elsewhere the guard spares the gate positions (and the run
        # would read the word anyway)
        if (atom is not None and atom[0].endswith(")") and closing(atom[0], 0) == len(atom[0])
                and atom[1].startswith(tuple(r[:-1] for r in _RUNS))):
            return atom[1]
    return term


def _merge_runs(buckets: dict[str, list[str]]) -> None:
    """Buckets opening with word runs ("\\w++'s statement", "[\\w-]++ talks") as one, under the
    widest class: at most word starts every run matches, so each would read the word again.

    `[\\w-]++r` matches wherever `\\w++r` does when r opens with a character outside [\\w-]: both
    runs then stop at that character. The merged bucket may match a little more (a hyphenated
    word), which a gate may."""
    present = [h for h in _RUNS if h in buckets]
    if len(present) < 2:
        return
    widest = present[-1][:-2]
    rests = [r for h in present for r in buckets[h]]
    for e in (e for r in rests for e in _expand(r, _DEEP_EXPANSION)):  # "(?:'s|\\ talks)" opened up
        atom = _first_atom(e) if e else None
        c = _literal(atom[0]) if atom is not None else None
        if c is None or re.fullmatch(widest, c):
            return
    for h in present:
        del buckets[h]
    buckets[present[-1]] = rests


def gate(terms: Iterable[str], budget: int = _MAX_EXPANSION, depth: int = _MAX_DEPTH) -> str | None:
    """An alternation that matches where one of the terms does, as a trie of leading atoms.

    Only for existence tests (inside a lookahead, with whatever follows it): which term matches
    and in what order the branches are tried no longer follow the list, but `a(?:b|c)` matches
    where `ab|ac` does. Most branches of a level then start with a literal character, which
    Python's engine rejects with one comparison, where a branch behind a `(?=c)` test costs a
    whole lookahead; most word starts match no term, so this is where a scan spends its time.
    Past `depth` atoms the trie stops at a word break with long tails (`_MAX_DEPTH`): a gate
    must be followed by a word-end test, which then holds after `_REST_OF_WORD`.
    """
    buckets: dict[str, list[str]] = {}
    other: set[str] = set()
    # sorted: the same trie in every process (a set's order follows the per-process string hash)
    for t in sorted({_possessive(_unguarded(e)) for term in terms for e in _expand(term, budget)}):
        atom = _first_atom(t) if t and top_split(t) == (t,) else None
        if atom is None:
            other.add(t)
        else:
            buckets.setdefault(atom[0], []).append(atom[1])
    _merge_runs(buckets)
    parts = []
    # single literal characters first: they are the branches the engine skips cheaply
    for head in sorted(buckets, key=lambda h: (len(h) != 1 or h in ".^$", h)):
        rests = buckets[head]
        lit = head if len(head) != 1 or head in ".^$" else re.escape(head)
        if depth <= 1 and head in _WORD_BREAKS and sum(map(len, rests)) > _WIDE_TAILS:
            parts.append(f"{lit}{_REST_OF_WORD}")
            continue
        # deeper levels open few groups: the tails they copy would make the pattern huge
        sub = gate((r for r in rests if r), _DEEP_EXPANSION, depth - 1)
        if sub is None:
            parts.append(lit)
        else:
            parts.append(f"{lit}(?:{sub}{'|' if '' in rests else ''})")
    parts.extend(f"(?:{t})" for t in sorted(other))
    return "|".join(parts) if parts else None


def forget() -> None:
    """Drop what the gate builders remembered. A lexicon's patterns repeat the same terms and tails
    (the sentence pass gates the event, speech and source terms again, merged), so within one
    build each is read once; once the patterns are compiled, nothing asks for them again."""
    for cached in (closing, top_split, _first_atom, _expand, _possessive, _unguarded):
        cached.cache_clear()
