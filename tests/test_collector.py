"""The cyclic collector is paused while an article is read and restored after (collector.py)."""

from __future__ import annotations

import gc

import pytest

from claimtracker.extract import extract
from claimtracker.extract.collector import collector_paused

TEXT = "Visit set\n\nMOSCOW, May 4 (Wire) - President Vladimir Putin will visit Ankara next week, the Kremlin said."


def test_the_collector_is_off_inside_and_back_on_after():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_comes_back_after_an_error():
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_caller_that_turned_it_off_keeps_it_off():
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
        extract(TEXT, None, "en")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_extraction_leaves_the_collector_on_and_reads_the_same():
    first = extract(TEXT, None, "en")
    assert gc.isenabled()
    again = extract(TEXT, None, "en")
    assert first == again and [a.name for a in first.actors][:1] == ["Vladimir Putin"]
