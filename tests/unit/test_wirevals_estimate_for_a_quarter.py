"""An estimate for a quarter just ended, or its figures after the firm's name, in a plan."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

FRIDAY = date(2021, 7, 30)  # a month after the second quarter ended


def value(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, FRIDAY, sentences(text))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the estimate of figures still to be reported: the quarter just ended
        (
            "The consensus estimate for Kelby's second quarter is a profit of 5 cents.",
            [("second quarter", "2021-Q2")],
        ),
        ("Estimates for the second quarter will be revised.", [("the second quarter", "2021-Q2")]),
        ("Profit for Varnesk's second quarter will double.", [("second quarter", "2021-Q2")]),
        # no figures: a plan's quarter, still to come
        ("The Tarsk phone will ship in the second quarter.", [("the second quarter", "2022-Q2")]),
    ],
)
def test_estimates_for_a_quarter_just_ended(sentence, expected):
    assert value(sentence) == expected
