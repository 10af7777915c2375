"""A disk cache of built lexicons, so that a new process does not parse the same long patterns again.

Building one language's lexicons takes seconds, four fifths of it in `re` parsing and compiling a
few very long alternations (the event pattern alone is over half a million characters). That is
paid again by every new process: each call of `claimtracker extract`, each ingest from the
command line, each restart of the dashboard. Pickle alone does not help: it keeps a pattern's
source and compiles it again on load. So the cache keeps each pattern's compiled program, the
code `re` hands to `_sre`, and gives it back to `_sre.compile`, which takes milliseconds.

The key covers the Python build, `_sre`'s magic number, the package's source and the lexicon
files, so any edit to them builds afresh. A missing, stale, corrupt or unwritable cache builds
afresh too: the cache only ever saves time, never changes a result. `CLAIMTRACKER_CACHE_DIR`
names the folder (empty: no cache); the default is `$XDG_CACHE_HOME/claimtracker`.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import hashlib
import logging
import os
import pickle
import re
import sys
import tempfile
from array import array
from collections.abc import Callable, Iterable
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any, Generic, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
A = TypeVar("A")
R = TypeVar("R")
PACKAGE_DIR = Path(__file__).resolve().parents[1]
ENV_VAR = "CLAIMTRACKER_CACHE_DIR"


def default_cache_dir() -> Path | None:
    """The folder named by `CLAIMTRACKER_CACHE_DIR` (None when it is set empty), else the user's cache."""
    named = os.environ.get(ENV_VAR)
    if named is not None:
        return Path(named) if named.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "claimtracker"


class Rebuilt(Generic[A, R]):
    """The function `factory(*args)` makes, kept with its factory and arguments so that it can be
    pickled (a closure cannot): unpickled, the factory makes it again, with empty memos. The
    arguments hold what was slow to compute; the factory only wraps them."""

    __slots__ = ("args", "factory", "function")

    def __init__(self, factory: Callable[..., Callable[[A], R]], *args: Any) -> None:
        self.factory = factory
        self.args = args
        self.function = factory(*args)

    def __call__(self, arg: A) -> R:
        return self.function(arg)

    def __reduce__(self) -> tuple[Any, ...]:
        return Rebuilt, (self.factory, *self.args)


def compile_parsed(source: str, tree: Any) -> re.Pattern:
    """`re.compile(source)` from its parse tree already read, keeping `source` (which
    `_compiler.compile(tree)` drops) so that the pattern can be cached."""
    return _from_program(source, *_program(tree))


def cached(name: str, inputs: Iterable[Path], build: Callable[[], T], cache_dir: Path | None) -> T:
    """`build()`, or what an earlier process saved for the same `name`, inputs and source."""
    if cache_dir is None or _sre.CODESIZE != 4:
        return build()
    try:
        key = _key(inputs)
    except OSError:
        return build()  # an input that cannot be read fails in `build` with its own message
    path = cache_dir / f"{name}-{key}.pickle"
    try:
        with path.open("rb") as f:
            return pickle.load(f)  # noqa: S301 - the user's own cache, written by `_save` below
    except FileNotFoundError:
        pass
    except Exception as exc:  # noqa: BLE001 - any damage to the file means: build again
        log.warning("build cache %s unreadable (%s); building afresh", path, exc)
    value = build()
    _save(value, path, name)
    return value


def _key(inputs: Iterable[Path]) -> str:
    digest = hashlib.sha256(f"{sys.version}\0{_sre.MAGIC}\0".encode())
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode() + b"\0" + path.read_bytes())
    for path in inputs:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:24]


def _save(value: object, path: Path, name: str) -> None:
    written: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # written beside and renamed, so that a process reading at the same time sees the old
        # file or the whole new one
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=f".{name}-", delete=False) as f:
            written = Path(f.name)
            _Pickler(f, pickle.HIGHEST_PROTOCOL).dump(value)
        os.replace(written, path)
        for old in path.parent.glob(f"{name}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except Exception as exc:  # noqa: BLE001 - an unwritable cache only costs time
        log.warning("build cache %s not written (%s)", path, exc)
        if written is not None:
            written.unlink(missing_ok=True)


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, re.Pattern) and isinstance(obj.pattern, str):
            program = _program(_parser.parse(obj.pattern, obj.flags))
            return _from_program, (obj.pattern, *program)
        return NotImplemented


def _program(tree: Any) -> tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]:
    flags = tree.state.flags
    code = _compiler._code(tree, flags)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for group_name, number in tree.state.groupdict.items():
        indexgroup[number] = group_name
    return (
        flags,
        array("I", code).tobytes(),
        tree.state.groups - 1,
        dict(tree.state.groupdict),
        tuple(indexgroup),
    )


def _from_program(
    source: str,
    flags: int,
    code: bytes,
    groups: int,
    groupindex: dict[str, int],
    indexgroup: tuple[str | None, ...],
) -> re.Pattern:
    program = array("I")
    program.frombytes(code)
    return _sre.compile(source, flags, program.tolist(), groups, groupindex, indexgroup)
