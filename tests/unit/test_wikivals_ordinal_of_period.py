"""The period an ordinal ranks within ("the sixth storm of the year", "its third loss of the
month"): a date, as after a superlative ("its lowest level of the year"); "a player of the
year" is none.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

WEDNESDAY = date(2020, 10, 7)


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, WEDNESDAY, sentences(text))}


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("Storm Vela will be the sixth hurricane of the year to hit Kelby.", "the year", "2020"),
        (
            "Tarsk Rovers suffered their third home defeat of the month on Tuesday.",
            "the month",
            "2020-10",
        ),
        ("It was the 12th attack of the year on the Kelby pipeline.", "the year", "2020"),
    ],
)
def test_the_period_an_ordinal_ranks_within_is_a_date(sentence, expression, value):
    assert found(sentence)[expression] == value


def test_an_award_of_the_year_is_no_date():
    assert "the year" not in found("Vela Osei was named player of the year in Kelby.")
