"""Shared fixtures: a fresh database, the demo database, the extraction resources, and where
../shared lives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtracker.config import DATA_DIR
from claimtracker.extract import Resources, extract
from claimtracker.extract.gazetteer import Gazetteer
from claimtracker.models import Mention
from claimtracker.store.db import Database

REPO = Path(__file__).resolve().parents[1]
# CI puts a copy of shared/ beside the repository clone.
SHARED = REPO.parent / "shared"
SEED_ARTICLE = SHARED / "seed" / "article-ar.txt"


@pytest.fixture
def tmp_db(tmp_path) -> Database:
    """A fresh, migrated, empty database on a temporary file."""
    return Database(tmp_path / "claims.duckdb")


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Database:
    """One database per test session with the demo corpus (data/samples/) loaded. Tests that
    change it must not depend on anything another test changes."""
    from claimtracker.ingest import load_demo

    db = Database(tmp_path_factory.mktemp("demo") / "demo.duckdb")
    summary = load_demo(db)
    assert summary.articles_new > 0, "the demo corpus loaded nothing"
    return db


@pytest.fixture(scope="session")
def seed_article() -> Path:
    if not SEED_ARTICLE.is_file():
        pytest.skip(f"the seed article is not at {SEED_ARTICLE}")
    return SEED_ARTICLE


def count_rows(db: Database) -> dict[str, int]:
    """Rows per table: a test compares these before and after a failing operation."""
    tables = ("articles", "claims", "mentions", "status_events", "actors", "claim_actors")
    return {t: db.scalar(f"select count(*) from {t}") for t in tables}


@pytest.fixture(scope="session")
def res() -> Resources:
    return Resources.load()


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def first_forward(res: Resources, text: str, lang: str, published, containing: str | None = None) -> Mention:
    """The first forward mention of `text` (whose quote holds `containing`, when given)."""
    ex = extract(text, published=published, lang=lang, resources=res)
    found = [m for m in ex.mentions if m.is_forward and (containing is None or containing in m.quote)]
    assert found, f"no forward mention with {containing!r} in {[m.quote for m in ex.mentions]}"
    return found[0]


def forward_event(text: str, lang: str, part: str, published) -> str | None:
    """The event type of the first forward claim of `text` whose quote holds `part`."""
    ex = extract(text, published=published, lang=lang, resources=Resources.load())
    found = [m for m in ex.mentions if m.is_forward and part in m.quote]
    assert found, f"no forward claim holding {part!r} in {text!r}"
    return found[0].event_type


def article_actors(text: str, lang: str, published=None) -> list[tuple[str, str | None]]:
    """(name, country) of every actor a one-paragraph article (a headline, then `text`) names."""
    ex = extract("Headline\n\n" + text, published=published, lang=lang, resources=Resources.load())
    return [(a.name, a.country) for a in ex.actors]


def people(res: Resources, text: str, lang: str = "ar", published=None) -> list[str]:
    """The people `text` names, by their Arabic name when they have one (the name as written)."""
    ex = extract(text, published=published, lang=lang, resources=res)
    return [a.name_ar or a.name for a in ex.actors if a.kind == "person"]


def data_folder(root: Path, lexicons: dict[str, object]) -> Path:
    """A data folder like the project's at `root` for `Resources.load(data_dir=...)`: the lexicon
    files named in `lexicons` hold the JSON given, every other file links to the project's own."""
    for entry in DATA_DIR.iterdir():
        if entry.name != "lexicons":
            (root / entry.name).symlink_to(entry)
    lex = root / "lexicons"
    lex.mkdir()
    for entry in (DATA_DIR / "lexicons").iterdir():
        if entry.name not in lexicons:
            (lex / entry.name).symlink_to(entry)
    for name, content in lexicons.items():
        (lex / name).write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def finder():
    """The country finder, loaded once (countries, capitals, nisbas and acting states)."""
    from claimtracker.extract.countries import CountryFinder

    return CountryFinder.load()
