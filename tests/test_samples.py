"""The demo corpus and the linking evaluation set are well-formed data files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from claimtracker.config import DATA_DIR, SAMPLES_DIR

CORPUS = SAMPLES_DIR / "corpus.jsonl"
PAIRS = DATA_DIR / "eval" / "linking_pairs.jsonl"
ARTICLE_FIELDS = {"title", "text", "url", "outlet", "published", "lang"}


def _lines(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        assert line.strip(), f"{path.name}:{number} is blank"
        rows.append(json.loads(line))
    return rows


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    return _lines(CORPUS)


def test_corpus_size_and_both_languages(articles):
    assert 12 <= len(articles) <= 20
    langs = {a["lang"] for a in articles}
    assert langs == {"ar", "en"}


def test_every_article_has_required_fields(articles):
    for a in articles:
        assert set(a) >= ARTICLE_FIELDS, a.get("url")
        for field in ARTICLE_FIELDS:
            assert isinstance(a[field], str) and a[field].strip(), (a.get("url"), field)


def test_dates_iso_and_sorted(articles):
    dates = [dt.date.fromisoformat(a["published"]) for a in articles]
    assert all(a["published"] == d.isoformat() for a, d in zip(articles, dates, strict=True))
    assert dates == sorted(dates)


def test_urls_unique_and_fictional(articles):
    urls = [a["url"] for a in articles]
    assert len(set(urls)) == len(urls)
    assert all(u.startswith("https://") and "example-" in u for u in urls)


def test_body_does_not_repeat_title(articles):
    for a in articles:
        assert not a["text"].startswith(a["title"]), a["url"]


def test_lengths_are_short_news_articles(articles):
    for a in articles:
        assert 120 <= len(a["text"].split()) <= 350, a["url"]


def test_lang_matches_script(articles):
    for a in articles:
        arabic = sum("\u0600" <= ch <= "\u06ff" for ch in a["text"])
        letters = sum(ch.isalpha() for ch in a["text"])
        assert (arabic / letters > 0.5) == (a["lang"] == "ar"), a["url"]


def test_pairs_are_well_formed():
    pairs = _lines(PAIRS)
    assert len(pairs) >= 40
    ids = [p["pair_id"] for p in pairs]
    assert len(set(ids)) == len(ids)
    for p in pairs:
        assert isinstance(p["same_event"], bool), p["pair_id"]
        assert p["note"].strip(), p["pair_id"]
        for side in ("a", "b"):
            text = p[side]
            assert text["lang"] in {"ar", "en"}, p["pair_id"]
            assert text["text"].strip(), p["pair_id"]
            dt.date.fromisoformat(text["published"])
    share_true = sum(p["same_event"] for p in pairs) / len(pairs)
    assert 0.35 <= share_true <= 0.65
    assert any(p["a"]["lang"] != p["b"]["lang"] for p in pairs)
