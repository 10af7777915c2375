"""With `lex.nouns` / `lex.separate` passed from the pipeline, a custom data folder's
separate-claim openers reach extraction end to end. Sentences written for this test."""

from __future__ import annotations

import json
from datetime import date

from claimtracker.config import DATA_DIR
from claimtracker.extract import Resources, extract

TEXT = "Ghana will sign the accord in good faith, meanwhile Togo warned that it could leave the talks by the end of June."


def test_custom_separate_claims_reach_extraction(tmp_path):
    for entry in DATA_DIR.iterdir():
        if entry.name != "lexicons":
            (tmp_path / entry.name).symlink_to(entry)
    (tmp_path / "lexicons").mkdir()
    for entry in (DATA_DIR / "lexicons").iterdir():
        if entry.name != "separate_claims.json":
            (tmp_path / "lexicons" / entry.name).symlink_to(entry)
    (tmp_path / "lexicons" / "separate_claims.json").write_text(json.dumps({"en": ["meanwhile"]}), encoding="utf-8")
    default = extract(TEXT, date(2026, 2, 11), "en", Resources.load()).mentions[0]
    custom = extract(TEXT, date(2026, 2, 11), "en", Resources.load(data_dir=tmp_path)).mentions[0]
    assert default.expected is not None and default.expected.end == date(2026, 6, 30)
    assert custom.expected is None
