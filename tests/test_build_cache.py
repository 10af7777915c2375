"""The disk cache of built lexicons (`extract/build_cache.py`): the same extraction from a cached
build as from a fresh one, and a damaged, stale or unwritable cache only costs a rebuild."""

from __future__ import annotations

import dataclasses
import logging
import pickle
import re
from datetime import date
from functools import partial
from pathlib import Path

import pytest

from claimtracker.config import DATA_DIR
from claimtracker.extract import Resources, extract
from claimtracker.extract.build_cache import Rebuilt, cached, compile_parsed, default_cache_dir
from claimtracker.extract.resources import build_language
from claimtracker.extract.time_compile import compile_grammar
from claimtracker.extract.time_lexicon import load_words
from claimtracker.extract.timewords import TimeLexicon, find_times
from tests.conftest import SEED_ARTICLE

LEX_DIR = DATA_DIR / "lexicons"
ENGLISH = (
    "Foreign Minister Sergei Lavrov is expected to visit Damascus next week, a source familiar with the plans said. "
    "The two presidents could meet on the sidelines of the summit in October, observers said. "
    "Talks on a ceasefire will resume in Cairo on Sunday, Egyptian state media reported."
)


def _never() -> object:
    raise AssertionError("built again although the cache holds it")


@pytest.fixture(scope="module")
def cold_and_warm(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[object, object]]:
    folder = tmp_path_factory.mktemp("cache")
    inputs = sorted(LEX_DIR.glob("*.json"))
    out = {}
    for lang in ("ar", "en"):
        cold = cached(f"lexicons-{lang}", inputs, lambda lang=lang: build_language(LEX_DIR, lang), folder)
        warm = cached(f"lexicons-{lang}", inputs, _never, folder)
        out[lang] = (cold, warm)
    return out


def _patterns(value: object, seen: set[int] | None = None) -> list[re.Pattern]:
    seen = set() if seen is None else seen
    if id(value) in seen:
        return []
    seen.add(id(value))
    if isinstance(value, re.Pattern):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        parts = [getattr(value, f.name) for f in dataclasses.fields(value)]
    elif isinstance(value, dict):
        parts = [*value.keys(), *value.values()]
    elif isinstance(value, tuple | list | frozenset | set):
        parts = list(value)
    else:
        return []
    return [p for part in parts for p in _patterns(part, seen)]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_cached_patterns_are_those_built(cold_and_warm: dict, lang: str) -> None:
    cold, warm = cold_and_warm[lang]
    built, loaded = _patterns(cold), _patterns(warm)
    assert len(built) > 20
    assert [(p.pattern, p.flags, p.groups, p.groupindex) for p in built] == [
        (p.pattern, p.flags, p.groups, p.groupindex) for p in loaded
    ]
    # the long event pattern is in the cache as its program, and that program matches
    probe = {"ar": "سيزور الرئيس موسكو لعقد قمة", "en": "the president will attend the summit in Moscow"}[
        lang
    ]
    assert [m.span() for p in built for m in p.finditer(probe)] == [
        m.span() for p in loaded for m in p.finditer(probe)
    ]


def test_extraction_from_the_cache_is_the_same(cold_and_warm: dict) -> None:
    fresh = Resources.load()
    warm = dataclasses.replace(fresh, lexicons={lang: pair[1] for lang, pair in cold_and_warm.items()})
    cold = dataclasses.replace(fresh, lexicons={lang: pair[0] for lang, pair in cold_and_warm.items()})
    texts = [(ENGLISH, "en")]
    if SEED_ARTICLE.is_file():
        texts.append((SEED_ARTICLE.read_text(encoding="utf-8"), "ar"))
    for text, lang in texts:
        want = extract(text, date(2025, 8, 20), lang, cold).to_json()
        assert want["mentions"]
        assert extract(text, date(2025, 8, 20), lang, warm).to_json() == want


def _small_build() -> dict[str, object]:
    return {"cue": re.compile(r"(?P<will>will|shall)\s+(?P<verb>\w+)", re.I), "n": 3}


def _inputs(tmp_path: Path, text: str = '{"terms": ["will"]}') -> list[Path]:
    path = tmp_path / "cues.json"
    path.write_text(text, encoding="utf-8")
    return [path]


def test_a_second_process_reads_what_the_first_saved(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    first = cached("small", _inputs(tmp_path), _small_build, folder)
    assert len(list(folder.glob("small-*.pickle"))) == 1
    again = cached("small", _inputs(tmp_path), _never, folder)
    assert again["cue"].match("Will visit").group("verb") == "visit"
    assert again["cue"].pattern == first["cue"].pattern


def test_an_edited_input_builds_afresh(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    cached("small", _inputs(tmp_path), _small_build, folder)
    calls = []

    def build() -> dict[str, object]:
        calls.append(1)
        return _small_build()

    cached("small", _inputs(tmp_path, '{"terms": ["will", "shall"]}'), build, folder)
    assert calls == [1]
    assert len(list(folder.glob("small-*.pickle"))) == 1  # the stale file is gone


def test_a_damaged_cache_file_is_rebuilt_and_replaced(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "cache"
    cached("small", _inputs(tmp_path), _small_build, folder)
    (saved,) = folder.glob("small-*.pickle")
    saved.write_bytes(saved.read_bytes()[:40])
    with caplog.at_level(logging.WARNING):
        value = cached("small", _inputs(tmp_path), _small_build, folder)
    assert value["cue"].match("shall meet")
    assert "unreadable" in caplog.text
    assert cached("small", _inputs(tmp_path), _never, folder)["n"] == 3


def test_an_unwritable_cache_only_costs_time(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        value = cached("small", _inputs(tmp_path), _small_build, blocker / "cache")
    assert value["n"] == 3
    assert "not written" in caplog.text
    assert blocker.read_text(encoding="utf-8") == "x"


def test_no_cache_folder_always_builds(tmp_path: Path) -> None:
    calls = []

    def build() -> int:
        calls.append(1)
        return 7

    assert cached("small", _inputs(tmp_path), build, None) == 7
    assert cached("small", _inputs(tmp_path), build, None) == 7
    assert calls == [1, 1]


def test_cache_folder_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CLAIMTRACKER_CACHE_DIR", str(tmp_path / "mine"))
    assert default_cache_dir() == tmp_path / "mine"
    monkeypatch.setenv("CLAIMTRACKER_CACHE_DIR", "")
    assert default_cache_dir() is None
    monkeypatch.delenv("CLAIMTRACKER_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "claimtracker"


def test_compile_parsed_keeps_the_source_and_matches_as_compile() -> None:
    from re import _parser  # type: ignore[attr-defined]

    source = r"(?P<a>\bal-?)?(?P<name>[A-Z]\w+)(?=\s+said)"
    ours = compile_parsed(source, _parser.parse(source))
    theirs = re.compile(source)
    assert ours.pattern == source
    assert ours.groupindex == theirs.groupindex
    text = "Officials said; al-Sharaa said and Lavrov said"
    assert [m.groupdict() for m in ours.finditer(text)] == [m.groupdict() for m in theirs.finditer(text)]
    assert [m.group("name") for m in ours.finditer(text)] == ["Officials", "Sharaa", "Lavrov"]


# Time phrases written for this test, each of a kind the grammar reads through a different head:
# relative words, weekdays, a month with a day, "within" a count, a year's half.
TIME_TEXTS = {
    "en": "The ferry to Mwanza resumes next Tuesday, repairs end within 48 hours, the vote is on 9 April "
          "and a review follows in the first half of 2027, officials said on Monday.",
    "ar": "وتستأنف العبّارة رحلاتها الثلاثاء المقبل، على أن تنتهي الإصلاحات خلال 48 ساعة، ويجري التصويت في "
          "9 نيسان، فيما تُعرض المراجعة في النصف الأول من عام 2027، وفق ما أعلنه المسؤولون الاثنين.",
}


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_time_grammar_from_the_cache_reads_as_the_one_built(tmp_path: Path, lang: str) -> None:
    words = load_words(DATA_DIR, lang)
    inputs = [LEX_DIR / f"time_{lang}.json"]
    cold = cached(f"time-{lang}", inputs, partial(compile_grammar, words), tmp_path)
    # the grammar's lazily built tables (start words, head skips, matchers by bits) are kept as
    # their factories' arguments, so the grammar pickles at all
    assert len(list(tmp_path.glob(f"time-{lang}-*.pickle"))) == 1
    warm = cached(f"time-{lang}", inputs, _never, tmp_path)
    assert warm is not cold
    pub = date(2026, 3, 2)
    want = find_times(TIME_TEXTS[lang], lang, pub, TimeLexicon({lang: cold}))
    assert len(want) >= 4
    assert find_times(TIME_TEXTS[lang], lang, pub, TimeLexicon({lang: warm})) == want


def test_a_rebuilt_function_pickles_as_its_factory_with_empty_memos() -> None:
    made = Rebuilt(_counter, 10)
    assert made(1) == 11
    assert made(1) == 11
    again = pickle.loads(pickle.dumps(made))
    assert again(5) == 15
    assert again.function is not made.function
    assert again.args == (10,)


def _counter(base: int):
    seen: dict[int, int] = {}

    def add(n: int) -> int:
        seen.setdefault(n, base + n)
        return seen[n]

    return add
