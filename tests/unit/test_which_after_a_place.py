"""A "which" and a verb of a trade after a place told with "in" ("a plant in Kelby, Ohio,
which makes trucks") refer back to the thing placed there, not to the place: a state, a
region, or the region of a town's address, stays a place; a company in the same place of
a sentence ("a stake in Tarsko, which makes tyres") stays a company."""

from __future__ import annotations

import pytest

from reader.parsing import analyse


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Velkor has a plant in Tarsk, Ontario, which makes trucks.", "Ontario"),
        ("Velkor runs a mill in Ohio, which employs 900 people.", "Ohio"),
        ("The Kelby group has a yard in Alberta, which builds barges.", "Alberta"),
    ],
)
def test_a_place_before_which_and_a_trade_stays_a_place(sentence, name):
    kinds = {a.name: a.kind for a in analyse(sentence, None).actors}
    assert kinds[name] == "place"


def test_a_company_before_which_and_a_trade_stays_a_company():
    kinds = {
        a.name: a.kind
        for a in analyse("Velkor bought a stake in Tarsko, which makes tyres.", None).actors
    }
    assert kinds["Tarsko"] == "organization"
