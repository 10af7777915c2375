"""With `lex.nouns` / `lex.separate` passed from the pipeline, a custom data folder's
separate-claim openers reach extraction end to end. Sentences written for this test."""

from __future__ import annotations

from datetime import date

from claimtracker.extract import Resources, extract
from tests.conftest import data_folder

TEXT = "Ghana will sign the accord in good faith, meanwhile Togo warned that it could leave the talks by the end of June."


def test_custom_separate_claims_reach_extraction(tmp_path):
    data_folder(tmp_path, {"separate_claims.json": {"en": ["meanwhile"]}})
    default = extract(TEXT, date(2026, 2, 11), "en", Resources.load()).mentions[0]
    custom = extract(TEXT, date(2026, 2, 11), "en", Resources.load(data_dir=tmp_path)).mentions[0]
    assert default.expected is not None and default.expected.end == date(2026, 6, 30)
    assert custom.expected is None
