"""Per-language parts of `Resources` are built when first read, and read the same as before."""

from __future__ import annotations

import pytest

from claimtracker.extract.lazy import ByKey
from claimtracker.extract.resources import LANGS, Resources


def test_by_key_builds_each_value_once_on_first_read():
    built = []

    def build(key: str) -> str:
        built.append(key)
        return key.upper()

    from functools import lru_cache

    mapping = ByKey(("ar", "en"), lru_cache(maxsize=None)(build))
    assert built == []  # nothing at construction
    assert mapping["en"] == "EN" and mapping["en"] == "EN"
    assert built == ["en"]
    assert mapping.get("fr") is None and "fr" not in mapping
    with pytest.raises(KeyError):
        mapping["fr"]
    assert list(mapping) == ["ar", "en"] and len(mapping) == 2


def test_resources_give_one_shared_copy_per_language():
    res = Resources.load()
    assert set(res.lexicons) == set(LANGS)
    for lang in LANGS:
        assert res.lexicons[lang] is Resources.load().lexicons[lang]
        assert res.time_lexicon.grammars[lang] is res.time_lexicon.grammars.get(lang)
        assert res.time_lexicon.grammars[lang].words.lang == lang
    assert res.time_lexicon.grammars.get("fr") is None
