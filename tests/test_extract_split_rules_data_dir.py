"""`Resources.load(data_dir=...)` reaches the clause words (`clauses.json`, `split.py`) of the
folder it is given: its opinion participles cut clauses, the project's own do not.

Sentences and words written for this test (no article text).
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from claimtracker.config import DATA_DIR
from claimtracker.extract import extract
from claimtracker.extract.resources import Resources
from claimtracker.extract.split import clauses_in
from tests.conftest import data_folder

PUBLISHED = date(2025, 3, 10)
TEXT = "ستعقد اللجنة اجتماعها الأحد المقبل مفترضا أن اللجنة قد تصدر توصياتها في أيار المقبل."


@pytest.fixture(scope="module")
def custom(tmp_path_factory) -> Resources:
    """A data folder like the project's, but with one more opinion participle («مفترض»)."""
    raw = json.loads((DATA_DIR / "lexicons" / "clauses.json").read_text(encoding="utf-8"))
    raw["ar_opinion_participles"] = [*raw["ar_opinion_participles"], "مفترض"]
    root = data_folder(tmp_path_factory.mktemp("data"), {"clauses.json": raw})
    return Resources.load(data_dir=root)


def test_a_custom_participle_cuts_the_clause_and_the_default_does_not(custom):
    assert len(clauses_in(TEXT, 0, len(TEXT), custom.clauses)) == 2
    assert len(clauses_in(TEXT, 0, len(TEXT), Resources.load().clauses)) == 1


def test_extraction_uses_the_folders_clause_words(custom):
    cut = extract(TEXT, published=PUBLISHED, lang="ar", resources=custom).mentions
    whole = extract(TEXT, published=PUBLISHED, lang="ar", resources=Resources.load()).mentions
    assert len(cut) == 2 and len(whole) == 1
