"""English states that act in two more constructions (`country_subjects_en.py`, session 9):

- the object of a control verb is the doer of the infinitive after it ("analysts expect Beijing to
  press for", "the bloc urged Chile to sign", "invited Peru to host"), a capital too; not before
  "to be" nor when the verb takes a time ("expected Thursday to");
- a state's name used as a noun before a state body or office ("a U.S. special envoy may visit",
  "the Pakistan government will") acts as its adjective would; not when the body only reports
  ("US officials said") nor when a legislature's adjective stands between ("a U.S. congressional
  delegation": the legislature's).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.test_states_subject import acting


@pytest.mark.parametrize("text, codes", [
    ("Analysts expect Beijing to press for wider port access during the talks.", ["CN"]),
    ("The bloc urged Chile to sign the accord before the summit.", ["CL"]),
    ("Donors invited Peru to host the next round in March.", ["PE"]),
    ("Few diplomats expect the United States to veto the resolution.", ["US"]),
    # no action of the state after "to", or no control verb before it
    ("Traders expect China to be the largest buyer next year.", []),
    ("Investors from China to Peru will watch the vote.", []),
    ("The minister travelled to Chile to sign the accord.", []),
    # "allow" lets or bars the state: only the subject acts
    ("Tanzania would not allow Zambian traders to cross the border, the minister said.", ["TZ"]),
])
def test_object_of_control_verb_acts(finder, text, codes):
    assert acting(finder, text, "en") == codes


@pytest.mark.parametrize("text, codes", [
    ("A U.S. special envoy may visit the region in February.", ["US"]),
    ("The Pakistan government will send a team to the talks next week.", ["PK"]),
    ("A UK delegation is scheduled to arrive in Lusaka on Monday.", ["GB"]),
    # a body that only reports, a legislature's body, or the noun after a preposition
    ("US officials said the talks would resume next week.", []),
    ("A U.S. congressional delegation is scheduled to visit Taipei next week.", []),
    ("Talks with the U.S. delegation will resume on Monday.", []),
])
def test_state_as_noun_before_a_body_acts(finder, text, codes):
    assert acting(finder, text, "en") == codes
