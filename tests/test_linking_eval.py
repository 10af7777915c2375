"""The linking benchmark's arithmetic and its pair decision, with a stub extractor."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

from claimtracker.models import Extraction
from tests.linking_helpers import OCT, mention

ROOT = Path(__file__).resolve().parents[1]


def _bench():
    spec = importlib.util.spec_from_file_location("link_eval", ROOT / "bench" / "link_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_precision_and_recall():
    bench = _bench()
    rows = [(True, True), (True, False), (False, True), (False, False), (True, True)]
    s = bench.prf(rows)
    assert (s["tp"], s["fp"], s["fn"]) == (2, 1, 1)
    assert s["precision"] == round(2 / 3, 3) and s["recall"] == round(2 / 3, 3)
    assert s["accuracy"] == 0.6
    assert bench.prf([(False, False)])["precision"] is None


def test_pair_decision_uses_the_linker(monkeypatch):
    bench = _bench()
    by_text = {
        "a": mention("Putin will meet al-Sharaa in October", expected=OCT),
        "b": mention("لقاء بين بوتين والشرع في أكتوبر", expected=OCT),
        "c": mention("Putin will meet al-Sharaa in October", event="summit", expected=OCT),
    }
    monkeypatch.setattr(bench, "extract", lambda text, published, lang, resources: Extraction(
        language=lang, mentions=(by_text[text],) if text in by_text else ()))
    side = lambda text, lang: {"text": text, "lang": lang, "published": date(2025, 8, 1).isoformat()}  # noqa: E731
    assert bench.decide({"a": side("a", "en"), "b": side("b", "ar")}, None) == (True, 1, 1)
    assert bench.decide({"a": side("a", "en"), "b": side("c", "en")}, None) == (False, 1, 1)
    assert bench.decide({"a": side("a", "en"), "b": side("none", "en")}, None) == (False, 1, 0)
