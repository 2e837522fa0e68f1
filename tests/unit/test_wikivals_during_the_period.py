"""A week, month, quarter or year after "during" or "over" at a clause's end ("cut costs
during the year", "prices rose over the month"): the stretch holding the day told last, as
"down 8 percent for the week" is; not a firm's "year to March", and not "throughout the
year", which is any year's.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

TUESDAY = date(2008, 10, 21)


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, TUESDAY, sentences(text))}


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("Kelby Mills cut costs during the year, it said.", "the year", "2008"),
        ("Rents in Tarsk rose sharply over the month.", "the month", "2008-10"),
        ("The Rovers won four games during the week.", "the week", "2008-W43"),
    ],
)
def test_the_period_after_during_or_over_is_a_date(sentence, expression, value):
    assert found(sentence)[expression] == value


@pytest.mark.parametrize(
    "sentence",
    ["The island is sunny throughout the year.", "Visitors fell during the year to March."],
)
def test_any_year_or_a_firms_year_is_no_such_date(sentence):
    assert "the year" not in found(sentence)
