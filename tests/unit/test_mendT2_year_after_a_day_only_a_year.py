"""A number after a day and "in" or "of" is the day's year only where the year rule reads
a year and no plural noun follows it, right after the day, no comma between (#13, mend of
reviewB-3): "on June 4 of 1200 miners" counts miners, "in 2020 pounds" prices."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

PUBLISHED = date(2032, 10, 5)


def day_of(text: str) -> str:
    return next(t.value for t in find_timexes(text, PUBLISHED, sentences(text)))


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("A march on June 4 of 1200 miners shut the Orrin pit.", "2032-06-04"),
        ("The Halvik bond was sold on April 9 in 2020 pounds worth $3 million.", "2032-04-09"),
        ("Rents rose on July 8, in 1990 terms, by a third.", "2032-07-08"),
    ],
)
def test_a_count_or_a_price_after_a_day_is_no_year_of_it(sentence, value):
    assert day_of(sentence) == value


def test_a_year_right_after_a_day_is_still_its_year():
    assert day_of("The Tarsk dam broke on June 4 in 1961 after rains.") == "1961-06-04"
