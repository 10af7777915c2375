"""The word tries the name finders (countries, actors, titles) look phrases up in.

The first word is looked up in a dict, the longest phrase at a position wins, equal readings tie
the same way in every process (`phrases.lookup_order`), and `phrases.gap_ok` says which gaps may
stand between words. Made for scans that run over every article: a match is a named tuple built without a Python-level constructor (a
frozen dataclass cost a microsecond each, tens of them per article), the common one-space gap is
tested inline, and English candidates that start no phrase are dropped before a full match.
"""

from __future__ import annotations

from collections.abc import Set
from itertools import compress
from typing import Generic, NamedTuple, TypeVar

from claimtracker.extract.phrases import (
    Token,
    clitic_forms,
    gap_ok,
    lookup_order,
    phrase_tokens,
    strip_al,
    surface_ar,
)

# Arabic news sets a name in guillemets after its class noun («جمعية «الوفاق»», «حركة «حماس»»): the
# quote opening before the name's second word does not split the gazetteer's "class noun + name"
_QUOTE_OPENS_AR = frozenset({" «", ' "', " “"})

P = TypeVar("P")

_new = tuple.__new__


class NameMatch(NamedTuple):
    i: int  # first token index
    j: int  # one past the last token index
    start: int  # offsets into the original text
    end: int
    payloads: tuple


class NameIndex(Generic[P]):
    """Phrases in a word trie keyed by their first word; the longest phrase at a position wins.

    A trie node is [children by next word, terminal or None]; a terminal is [payloads, payloads as
    a tuple, the first word's lookup key, insertion number], the last two to break ties between
    equally long phrases as a scan of the first-word buckets in key then insertion order would.
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._arabic = lang == "ar"
        # first word as written (an Arabic article included) -> trie node
        self._roots: dict[str, list] = {}
        # Arabic: every text word one of whose readings is a first word
        self._starters: set[str] = set()
        self._added = 0
        # Arabic text word -> (a reading is a whole phrase, the words that go on from a reading),
        # worked out the first time the word is met
        self._next_ar: dict[str, tuple[bool, Set[str]]] = {}

    def add(self, phrase: str, payload: P, toks: tuple[str, ...] | None = None) -> None:
        """`toks`: `phrase_tokens(phrase, lang)`, when the caller has them."""
        if toks is None:
            toks = phrase_tokens(phrase, self.lang)
        if not toks:
            return
        self._next_ar.clear()
        node = self._roots.get(toks[0])
        if node is None:
            node = self._roots[toks[0]] = [{}, None]
            if self._arabic:
                self._starters.update(clitic_forms(toks[0]))
        for word in toks[1:]:
            child = node[0].get(word)
            if child is None:
                child = node[0][word] = [{}, None]
            node = child
        term = node[1]
        if term is None:
            key = strip_al(toks[0]) if self._arabic else toks[0]
            node[1] = [[payload], (payload,), key, self._added]
            self._added += 1
        elif payload not in term[0]:
            term[0].append(payload)
            term[1] = tuple(term[0])

    def __contains__(self, phrase: str) -> bool:
        toks = phrase_tokens(phrase, self.lang)
        if not toks:
            return False
        node = self._roots.get(toks[0])
        for word in toks[1:]:
            if node is None:
                return False
            node = node[0].get(word)
        return node is not None and node[1] is not None

    def may_start(self, word: str) -> bool:
        """Cheap test: could a phrase start with this word?"""
        return word in (self._starters if self._arabic else self._roots)

    def starters(self) -> Set[str]:
        """Every text word that may start a phrase (a live view: do not change it)."""
        return self._starters if self._arabic else self._roots.keys()

    def match_at(self, text: str, tokens: list[Token], i: int) -> NameMatch | None:
        word = tokens[i][0]
        # the article must be as written: حماس is not الحماس, الشرع is not شرع; a reading of the
        # word (clitics off) must be the phrase's first word itself
        forms = surface_ar(word) if self._arabic else (word,)
        roots, lang = self._roots, self.lang
        n = len(tokens)
        best, best_j, ties = None, 0, None
        for form in forms:
            node = roots.get(form)
            if node is None:
                continue
            k = i
            while True:
                j = k + 1
                term = node[1]
                if term is not None:
                    if j > best_j:
                        best, best_j, ties = term, j, None
                    elif j == best_j:
                        ties = (ties or [best]) + [term]
                children = node[0]
                if not children or j >= n:
                    break
                tok = tokens[j]
                node = children.get(tok[0])
                if node is None:
                    break
                prev = tokens[k]
                end, start = prev[2], tok[1]
                # one space is the usual gap and always allowed; gap_ok decides the others
                if (start != end + 1 or text[end] != " ") and not gap_ok(text, end, start, lang, end - prev[1]) \
                        and not (self._arabic and text[end:start] in _QUOTE_OPENS_AR):
                    break
                k = j
        if best is None:
            return None
        if ties:
            order = lookup_order(word) if self._arabic else (word,)
            best = min(ties, key=lambda t: (order.index(t[2]), t[3]))  # type: ignore[union-attr, arg-type, index]
        return _new(NameMatch, (i, best_j, tokens[i][1], tokens[best_j - 1][2], best[1]))  # type: ignore[index]

    def _going_on_ar(self, word: str) -> tuple[bool, Set[str]]:
        """Whether a reading of an Arabic word is a phrase alone, and the words a phrase goes on with."""
        nodes = [node for form in surface_ar(word) if (node := self._roots.get(form)) is not None]
        whole = any(node[1] is not None for node in nodes)
        if len(nodes) == 1:
            return whole, nodes[0][0].keys()
        return whole, frozenset(w for node in nodes for w in node[0])

    def find(self, text: str, tokens: list[Token], words: list[str], at: list[int]) -> list[NameMatch]:
        """Longest non-overlapping matches, left to right.

        `words` are the tokens' texts and `at` sorted token positions including every one whose
        word is in `starters()` (see `phrases.positions`).
        """
        out: list[NameMatch] = []
        match_at = self.match_at
        i = 0
        # `at` is often shared by several indexes: keep the positions that may start a phrase of
        # this one in one pass in C, so that the loop below only sees those
        if self._arabic:
            going_on = self._next_ar
            last = len(words) - 1
            for k in compress(at, map(self._starters.__contains__, map(words.__getitem__, at))):
                if k < i:
                    continue
                word = words[k]
                gate = going_on.get(word)
                if gate is None:
                    gate = going_on[word] = self._going_on_ar(word)
                if not gate[0] and (k == last or words[k + 1] not in gate[1]):
                    continue  # no reading is a phrase alone, and the next word goes on with none
                m = match_at(text, tokens, k)
                if m is not None:
                    out.append(m)
                    i = m[1]
            return out
        roots = self._roots
        last = len(words) - 1
        for k in compress(at, map(roots.__contains__, map(words.__getitem__, at))):
            if k < i:
                continue
            node = roots[words[k]]
            if k == last or words[k + 1] not in node[0]:
                term = node[1]
                if term is None:
                    # most English candidates ("The", "health") are no phrase alone and the next
                    # word does not go on with one
                    continue
                # a one-word phrase no longer one goes on from ("official", "Moscow"): the match
                # `match_at` would give, without the walk
                tok = tokens[k]
                out.append(_new(NameMatch, (k, k + 1, tok[1], tok[2], term[1])))
                i = k + 1
                continue
            m = match_at(text, tokens, k)
            if m is not None:
                out.append(m)
                i = m[1]
        return out
