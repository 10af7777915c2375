"""A name with an apposed role ("X, a senior fellow at …") is a person even when the role is
not an office: fellows, lecturers, scholars, professors and directors are named like researchers.

Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources.load()


@pytest.mark.parametrize("text, name", [
    ("Ines Dorsal, a senior fellow at the Baltic Policy Centre, said the talks would resume next week.",
     "Ines Dorsal"),
    ("Marta Lindqvist, a lecturer in politics at a university in Oslo, said the vote could be delayed.",
     "Marta Lindqvist"),
    ("The summit could slip to May, said Karl Obuya, director of a research group.", "Karl Obuya"),
])
def test_apposed_role_names_a_person(res, text, name):
    ex = extract(text, published=date(2025, 9, 1), lang="en", resources=res)
    assert name in [a.name for a in ex.actors]


def test_fellow_as_adjective_names_nobody(res):
    ex = extract("The talks could resume next week, said fellow lawmakers.", published=date(2025, 9, 1),
                 lang="en", resources=res)
    assert ex.actors == [] or all(a.kind != "person" for a in ex.actors)
