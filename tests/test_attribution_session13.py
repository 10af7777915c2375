"""Session 13, attribution (en): an unnamed official with a nationality and a ministry before the
word ("a Sri Lankan foreign ministry official said") is anonymous, as a plainer "a foreign ministry
official said" is; a body named with a dotted abbreviation ("the U.S. embassy said") speaks
officially, as "the US Embassy said" does.

Every sentence here is written for this file; the states are used only as names.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract


def _kinds(text: str) -> list[str | None]:
    ex = extract(text, published=date(2025, 10, 1), lang="en", resources=Resources.load())
    return [m.attribution.kind if m.attribution else None for m in ex.mentions if m.is_forward]


@pytest.mark.parametrize(("text", "kind"), [
    ("A fisheries working group may meet in Colombo in August, a Sri Lankan foreign ministry official said.",
     "anonymous"),
    ("A fisheries working group may meet in Colombo in August, a senior Indian external affairs official said.",
     "anonymous"),
    ("The delegation will be led by the deputy trade secretary, the U.S. embassy said.", "official_statement"),
    ("The delegation will be led by the deputy trade secretary, the U.K. foreign ministry said.", "official_statement"),
    # unchanged readings next to them
    ("A fisheries working group may meet in Colombo in August, a foreign ministry official said.", "anonymous"),
    ("The delegation will be led by the deputy trade secretary, the US Embassy said.", "official_statement"),
])
def test_unnamed_officials_and_dotted_bodies(text, kind):
    assert _kinds(text) == [kind]
