"""The dual body nouns of `joint_states.json` come from the data folder the resources were loaded
from, like every other rule file: a user who adds a noun to their own copy gets it read."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from claimtracker.config import DATA_DIR
from claimtracker.extract import Resources, extract

TEXT = "ومن المقرر أن تلتقي بعثتان مصرية وأردنية في عمان الأسبوع المقبل لبحث ملف المياه."


def _countries_acting(resources: Resources) -> set[str]:
    out = extract(TEXT, published=date(2026, 3, 2), lang="ar", resources=resources)
    return {a.country for m in out.mentions for a in m.actors if a.kind == "country"}


def _folder_with_duals(root: Path, duals: list[str]) -> Path:
    for entry in DATA_DIR.iterdir():
        if entry.name != "gazetteer":
            (root / entry.name).symlink_to(entry)
    gaz = root / "gazetteer"
    gaz.mkdir()
    for entry in (DATA_DIR / "gazetteer").iterdir():
        if entry.name != "joint_states.json":
            (gaz / entry.name).symlink_to(entry)
    (gaz / "joint_states.json").write_text(json.dumps({"dual_bodies_ar": duals}, ensure_ascii=False), encoding="utf-8")
    return root


def test_a_dual_noun_added_in_a_custom_data_folder_is_read(tmp_path):
    assert not {"EG", "JO"} <= _countries_acting(Resources.load())
    custom = Resources.load(data_dir=_folder_with_duals(tmp_path, ["بعثتان", "بعثتين"]))
    assert {"EG", "JO"} <= _countries_acting(custom)
