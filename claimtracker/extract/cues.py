"""Kind and certainty from the cue lexicons (`data/lexicons/cues_*.json`), negation and questions.

All matching runs on the normalised text (see `claimtracker.text.normalize`). Lexicon terms are
regular expressions; `compile_terms` folds their Arabic letters the same way the text is folded
and adds the word boundaries and Arabic clitics, so lexicon authors write plain words.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimtracker.extract.alternation import alternation
from claimtracker.text import normalize_text

_AR_CLITICS = "(?:[وف]?[بلك]?)"
# Event words: the article, a preposition or the future prefix سـ, and a case or pronoun ending.
_AR_ARTICLE = "(?:[وف]?(?:[بلك]?ال|لل|س|[بلك])?)"
_AR_ENDING = "(?:ا|ه|ها|هما|هم|ات|ين|ان|ي)?"


def fold_pattern(pattern: str, lang: str) -> str:
    """Fold a lexicon regex like the text: Arabic letters as `normalize`, English to lowercase.

    ASCII regex syntax is kept as written except in English, where the whole pattern is lowercased
    (lexicons therefore use only lowercase escapes: \\s \\w \\b \\d).
    """
    if lang == "en":
        return pattern.lower()
    return "".join(ch if ch.isascii() else normalize_text(ch) for ch in pattern)


def folded_terms(terms: Iterable[str], lang: str) -> list[str]:
    """The terms folded like the text, longest first."""
    return sorted({fold_pattern(t, lang) for t in terms if t}, key=len, reverse=True)


def term_body(terms: Iterable[str], lang: str) -> str | None:
    """The folded terms as one alternation, longest first; None when there are none."""
    folded = folded_terms(terms, lang)
    return alternation(folded) if folded else None


_QUANTIFIER = re.compile(r"(?:[?*+]|\{\d*(?:,\d*)?\})[?+]?")
_SYNTAX = frozenset("\\[](){}.^$|?*+")
_MAX_EXPANSION = 64  # alternatives one term may be spread into for the gate
_DEEP_EXPANSION = 4


def _closing(term: str, i: int) -> int:
    """The index after the `]` or `)` that closes the class or group opening at `i`; -1 if none."""
    depth, in_class = 0, False
    j = i
    while j < len(term):
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


def _top_split(body: str) -> list[str] | None:
    """The alternatives of a group body at its top level; None if it cannot be read."""
    if "|" not in body and "\\" not in body and "[" not in body and "(" not in body:
        return [body]  # most terms: plain text
    out, cur = [], 0
    j = 0
    while j < len(body):
        ch = body[j]
        if ch == "\\":
            j += 2
            continue
        if ch in "[(":
            k = _closing(body, j)
            if k < 0:
                return None
            j = k
            continue
        if ch == "|":
            out.append(body[cur:j])
            cur = j + 1
        j += 1
    out.append(body[cur:])
    return out


def _first_atom(term: str) -> tuple[str, str] | None:
    """A term as (its first atom with its quantifier, the rest), or None when it cannot be read."""
    ch = term[0]
    if ch == "\\":
        if term[1:2] in ("", "x", "u", "U", "N", "g") or term[1:2].isdigit():
            return None
        k = 2
    elif ch == "[":
        k = _closing(term, 0)
    elif ch == "(":
        if not term.startswith(("(?:", "(?=", "(?!", "(?<=", "(?<!")):
            return None  # a capturing or otherwise special group
        k = _closing(term, 0)
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


def _expand(term: str, budget: int = _MAX_EXPANSION) -> list[str]:
    """Terms that together match where `term` does, with leading groups and options opened up
    ("(?:the |a )?source" -> "the source", "a source", "source"), so more of them start with a
    literal. A term that cannot be read, or would spread too far, stays as it is."""
    if _top_split(term) != [term]:
        return [term]
    atom = _first_atom(term) if term else None
    if atom is None:
        return [term]
    head, rest = atom
    if head.startswith(("(?<!", "(?<=")) and _closing(head, 0) == len(head) and rest:
        # a test of what stands before moves behind the first letter, which can then lead:
        # "(?<!had )agreed" -> "a(?<!(?:had )a)greed"
        out = []
        for moved in _expand(rest, budget):
            first = _first_atom(moved) if moved else None
            if first is None or len(first[0]) != 1 or first[0] in _SYNTAX:
                return [term]
            lit = first[0]
            out.append(f"{lit}{head[:4]}(?:{head[4:-1]}){re.escape(lit)}){first[1]}")
        return out
    if not head.startswith("(?:"):
        return [term]
    close = _closing(head, 0)
    inner, quant = head[3 : close - 1], head[close:]
    options = _top_split(inner)
    # a repeat opens up at the top level only: deeper, it would open again and again
    repeats = ("*", "*?", "+", "+?") if budget == _MAX_EXPANSION else ()
    if options is None or quant not in ("", "?", "??", *repeats):
        return [term]
    # "(?:x)*rest" matches where "rest" or "x(?:x)*rest" does
    again = f"(?:{inner})*" if quant[:1] in ("*", "+") else ""
    alts = [o + again + rest for o in options] + ([rest] if quant[:1] in ("?", "*") else [])
    if len(alts) > budget or budget <= 1:
        return [term]
    out: list[str] = []
    for a in alts:
        more = _expand(a, budget) if a else [a]
        out.extend(more if len(out) + len(more) + len(alts) <= budget else [a])
    return out


def _literal(atom: str) -> str | None:
    """The character an atom stands for when it is one plain or escaped character."""
    if len(atom) == 1 and atom not in _SYNTAX:
        return atom
    if len(atom) == 2 and atom[0] == "\\" and not atom[1].isalnum():
        return atom[1]
    return None


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
    head, after = nxt
    follow = _first_atom(after) if after else None
    c = _literal(follow[0]) if follow else None
    if not head.startswith("(?:") or _closing(head, 0) != len(head) or c is None or re.fullmatch(run, c):
        return term
    options = _top_split(head[3:-1])
    if not options or len({len(o) for o in options}) != 1 or any(
        not o or any(ch in _SYNTAX or not re.fullmatch(run, ch) for ch in o) for o in options
    ):
        return term
    return f"{run}++(?<={run}{head}){after}"


def gate(terms: Iterable[str], budget: int = _MAX_EXPANSION) -> str | None:
    """An alternation that matches where one of the terms does, as a trie of leading atoms.

    Only for existence tests (inside a lookahead, with whatever follows it): which term matches
    and in what order the branches are tried no longer follow the list, but `a(?:b|c)` matches
    where `ab|ac` does. Most branches of a level then start with a literal character, which
    Python's engine rejects with one comparison, where a branch behind a `(?=c)` test costs a
    whole lookahead; most word starts match no term, so this is where a scan spends its time.
    """
    buckets: dict[str, list[str]] = {}
    other: set[str] = set()
    for t in {_possessive(e) for term in terms for e in _expand(term, budget)}:
        atom = _first_atom(t) if t and _top_split(t) == [t] else None
        if atom is None:
            other.add(t)
        else:
            buckets.setdefault(atom[0], []).append(atom[1])
    parts = []
    # single literal characters first: they are the branches the engine skips cheaply
    for head in sorted(buckets, key=lambda h: (len(h) != 1 or h in ".^$", h)):
        rests = buckets[head]
        # deeper levels open few groups: the tails they copy would make the pattern huge
        sub = gate((r for r in rests if r), _DEEP_EXPANSION)
        lit = head if len(head) != 1 or head in ".^$" else re.escape(head)
        if sub is None:
            parts.append(lit)
        else:
            parts.append(f"{lit}(?:{sub}{'|' if '' in rests else ''})")
    parts.extend(f"(?:{t})" for t in sorted(other))
    return "|".join(parts) if parts else None


# What `compile_terms` puts around a body (no article form): before it and after it.
_EDGES = {"ar": (rf"(?<!\w){_AR_CLITICS}", r"(?!\w)"), "en": (r"(?<![\w'-])", r"(?![\w-])")}


def compile_scan(term_lists: Sequence[Sequence[str]], lang: str) -> re.Pattern:
    """One pass for several `compile_terms` patterns: group `s<i>` spans the match of body i.

    It stops only at the word starts where some body matches and tests each body there in a
    lookahead, so every body finds what its own pattern would find at that position, and the
    text is scanned once instead of once per list.
    """
    before, after = _EDGES["ar" if lang == "ar" else "en"]
    lead = before.split(")", 1)[0] + ")"  # the lookbehind alone; the clitics go inside each test
    clitics = before[len(lead):]
    # the gate only asks whether anything matches here, so all terms share one dispatch
    union = gate({t for ts in term_lists for t in ts})
    tests = "".join(
        f"(?=(?P<s{i}>{clitics}(?:{alternation(ts)}){after}))?" for i, ts in enumerate(term_lists)
    )
    return re.compile(f"{lead}(?={clitics}(?:{union}){after}){tests}")


def compile_terms(terms: Iterable[str], lang: str, article: bool = False) -> re.Pattern | None:
    """One alternation over the terms, longest first, with word edges (and Arabic clitics)."""
    folded = folded_terms(terms, lang)
    if not folded:
        return None
    # the gate finds a match exactly where the body does, so it changes no match, only the speed
    return _gated(alternation(folded), gate(folded), lang, article)


def compile_groups(groups: Sequence[tuple[str, Iterable[str]]], lang: str, article: bool = False) -> re.Pattern | None:
    """One pattern for several named term lists; `match.lastgroup` is `g<index>` of the list.

    One scan of the text instead of one per list: the word-edge and clitic checks run once
    per position. At one position the earlier list wins, so pass lists in order of priority.
    """
    bodies = []
    every: set[str] = set()
    for i, (_, terms) in enumerate(groups):
        folded = folded_terms(terms, lang)
        if folded:
            bodies.append(f"(?P<g{i}>{alternation(folded)})")
            every.update(folded)
    if not bodies:
        return None
    body = "|".join(bodies)
    # A gate with all terms in one dispatch: most word starts match no term, and there it saves
    # trying each list in turn (and, in Arabic, each reading of the article and clitics).
    return _gated(body, gate(every), lang, article)


def _gated(body: str, test: str | None, lang: str, article: bool) -> re.Pattern:
    """`body` with its word edges (and Arabic clitics), behind the cheap existence test `test`."""
    if lang == "ar":
        if article:
            return re.compile(rf"(?<!\w)(?={_AR_ARTICLE}(?:{test}){_AR_ENDING}(?!\w))"
                              rf"{_AR_ARTICLE}(?:{body}){_AR_ENDING}(?!\w)")
        return re.compile(rf"(?<!\w)(?={_AR_CLITICS}(?:{test})(?!\w)){_AR_CLITICS}(?:{body})(?!\w)")
    return re.compile(rf"(?<![\w'-])(?=(?:{test})(?![\w-]))(?:{body})(?![\w-])")


def group_labels(pattern: re.Pattern | None, labels: Sequence) -> tuple:
    """For a `compile_groups` pattern, the label of each group number (`match.lastindex`)."""
    if pattern is None:
        return ()
    out: list = [None] * (pattern.groups + 1)
    for name, number in pattern.groupindex.items():
        out[number] = labels[int(name[1:])]
    return tuple(out)


@dataclass(frozen=True, slots=True)
class CueHit:
    group: str
    kind: str
    certainty: float
    weight: int
    start: int  # offsets in the normalised text
    end: int
    needs_context: bool = False


@dataclass(frozen=True, slots=True)
class CueGroup:
    name: str
    kind: str
    certainty: float
    weight: int
    pattern: re.Pattern
    needs_context: bool = False


def scan_spans(scan: re.Pattern, ntext: str, count: int) -> list[list[tuple[int, int]]]:
    """Per body of `compile_scan`, its matches as `finditer` of its own pattern would give them:
    left to right, not overlapping one another."""
    out: list[list[tuple[int, int]]] = [[] for _ in range(count)]
    last = [0] * count
    index = [(i, scan.groupindex[f"s{i}"]) for i in range(count)]
    for m in scan.finditer(ntext):
        regs = m.regs  # every group's span at once; (-1, -1) for a body that did not match
        for i, g in index:
            span = regs[g]
            if span[0] >= last[i]:
                out[i].append(span)
                last[i] = span[1]
    return out


@dataclass(frozen=True, slots=True)
class CueLexicon:
    lang: str
    groups: tuple[CueGroup, ...]
    negation: re.Pattern | None
    question: tuple[re.Pattern, ...]
    past: re.Pattern | None
    future_time_kind: str
    future_time_certainty: float
    moved_to: re.Pattern | None = None  # "postponed to", «أرجئت إلى»: the date after it is the new one
    # "announced the postponement of", «أعلن تأجيل»: a report of what was decided, not a forecast
    reported_off: re.Pattern | None = None
    # groups, negation and past in one pass: `scan_all`
    scan: re.Pattern | None = None
    scan_parts: tuple[str, ...] = ()

    @classmethod
    def load(cls, path: Path, lang: str) -> CueLexicon:
        raw = json.loads(path.read_text(encoding="utf-8"))
        groups = []
        for g in raw.get("cues", []):
            pat = compile_terms(g["terms"], lang)
            if pat is not None:
                groups.append(CueGroup(g["name"], g["kind"], float(g["certainty"]), int(g["weight"]), pat,
                                       bool(g.get("needs_context", False))))
        ftp = raw.get("future_time_prediction", {})
        parts: list[tuple[str, list[str]]] = []
        for g in raw.get("cues", []):
            folded = folded_terms(g["terms"], lang)
            if folded:
                parts.append((g["name"], folded))
        for key in ("negation", "past"):
            folded = folded_terms(raw.get(key, []), lang)
            if folded:
                parts.append((f"#{key}", folded))
        return cls(
            lang=lang,
            groups=tuple(groups),
            negation=compile_terms(raw.get("negation", []), lang),
            question=tuple(re.compile(fold_pattern(q, lang)) for q in raw.get("question", [])),
            past=compile_terms(raw.get("past", []), lang),
            future_time_kind=ftp.get("kind", "prediction"),
            future_time_certainty=float(ftp.get("certainty", 0.8)),
            moved_to=compile_terms(raw.get("moved_to", []), lang),
            reported_off=compile_terms(raw.get("reported_off", []), lang),
            scan=compile_scan([ts for _, ts in parts], lang) if parts else None,
            scan_parts=tuple(name for name, _ in parts),
        )

    def scan_all(self, ntext: str) -> tuple[list[CueHit], list[tuple[int, int]], list[tuple[int, int]]]:
        """Cues (as `find`), negation spans and past-verb spans of a normalised text, in one pass."""
        if self.scan is None:
            return [], [], []
        spans = scan_spans(self.scan, ntext, len(self.scan_parts))
        # `scan_parts` lists the groups in order, then "#negation" and "#past" when present
        hits = [
            CueHit(g.name, g.kind, g.certainty, g.weight, s, e, g.needs_context)
            for g, found in zip(self.groups, spans)  # noqa: B905 - spans may be longer
            for s, e in found
        ]
        hits.sort(key=lambda h: h.start)
        rest = dict(zip(self.scan_parts[len(self.groups):], spans[len(self.groups):], strict=True))
        return _drop_nested(hits), rest.get("#negation", []), rest.get("#past", [])

    def find(self, ntext: str) -> list[CueHit]:
        """Every cue in a normalised text, in order of position."""
        hits = [
            CueHit(g.name, g.kind, g.certainty, g.weight, m.start(), m.end(), g.needs_context)
            for g in self.groups
            for m in g.pattern.finditer(ntext)
        ]
        hits.sort(key=lambda h: h.start)
        return _drop_nested(hits)


def _drop_nested(hits: list[CueHit]) -> list[CueHit]:
    """A cue inside a longer cue is the same words read twice ("من المتوقع" holds "المتوقع")."""
    out: list[CueHit] = []
    for h in hits:
        if out and h.start >= out[-1].start and h.end <= out[-1].end:
            continue
        if out and h.start == out[-1].start and h.end > out[-1].end:
            out[-1] = h
            continue
        out.append(h)
    return out


@dataclass(frozen=True, slots=True)
class Reading:
    """How a unit speaks about its event."""

    kind: str
    certainty: float
    negated: bool
    is_question: bool


QUESTION_CERTAINTY = 0.3


def read_certainty(cues: Sequence[CueHit], negated: bool, is_question: bool) -> Reading | None:
    """Kind and certainty from the cues of one clause; None when it has no forward cue.

    The heaviest cues decide (a hedge outweighs a bare future tense: "will possibly" is low);
    cues of equal weight are averaged ("expect and hope" lands in the middle). A question is
    speculation whatever its verbs.
    """
    if not cues:
        if is_question:
            return Reading("speculation", QUESTION_CERTAINTY, negated, True)
        return None
    top = max(c.weight for c in cues)
    chosen = [c for c in cues if c.weight == top]
    certainty = sum(c.certainty for c in chosen) / len(chosen)
    kind = "speculation" if certainty < 0.4 else "prediction"
    if is_question:
        kind, certainty = "speculation", min(certainty, QUESTION_CERTAINTY)
    return Reading(kind, certainty, negated, is_question)
