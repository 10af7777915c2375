"""`ByKey`: a read-only mapping over fixed keys whose values are built when first read.

Most of load time is per language (the lexicon patterns, the time grammar and its start tables),
and one call of the command line reads one article in one language: building the other
language's half only when asked for spares it. The value is built by a function the caller
caches (`functools.lru_cache`), so the mapping itself holds no state and every copy of it shares
one value per key.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Mapping
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class ByKey(Mapping[K, V]):
    """`build(key)` for each of `keys`, built on first read; `build` must cache its results."""

    __slots__ = ("_build", "_keys")

    def __init__(self, keys: tuple[K, ...], build: Callable[[K], V]) -> None:
        self._keys = keys
        self._build = build

    def __getitem__(self, key: K) -> V:
        if key not in self._keys:
            raise KeyError(key)
        return self._build(key)

    def __iter__(self) -> Iterator[K]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __repr__(self) -> str:
        return f"ByKey({self._keys!r})"
