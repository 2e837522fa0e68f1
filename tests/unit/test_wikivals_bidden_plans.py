"""A day or month told after a thing bid or intended ("summoned him to appear on April 20",
"led him to offer to quit on April 28") is of the plan, to come, or of the bidding: the one
nearest the publication, not a year back though the clause is told in the past.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

TUESDAY = date(2019, 4, 2)


def found(text: str, published: date = TUESDAY) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, published, sentences(text))}


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The magistrate summoned the farmer to appear on April 20.", "April 20", "2019-04-20"),
        ("The judge ordered him to appear in court on April 20.", "April 20", "2019-04-20"),
        ("The strikes led the mayor to offer to step down on April 28.", "April 28", "2019-04-28"),
        ("Pressure forced the board to agree to sell the club on May 3.", "May 3", "2019-05-03"),
        ("The queen invited the envoy to visit Kelby in June.", "June", "2019-06"),
        ("The union called on members to walk out on April 9.", "April 9", "2019-04-09"),
    ],
)
def test_a_plan_bid_or_intended_takes_the_nearest_date(sentence, expression, value):
    assert found(sentence)[expression] == value


def test_the_bidding_day_gone_by_stays_in_the_past():
    text = "The council invited the press to attend on March 28."
    assert found(text)["March 28"] == "2019-03-28"


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The scandal led him to quit on April 28.", "April 28", "2018-04-28"),
        ("The fire forced the school to close in June.", "June", "2018-06"),
    ],
)
def test_a_thing_told_as_done_stays_in_the_past(sentence, expression, value):
    assert found(sentence)[expression] == value
