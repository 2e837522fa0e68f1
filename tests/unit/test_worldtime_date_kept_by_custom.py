"""A date kept by custom or by nature is of no year (#13): "the normal opening date of
April 12" or "usually freezes by November 20" name a day that comes every year, which
TimeML writes XXXX-04-12, not this year's April 12."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

PUBLISHED = date(2031, 4, 20)


def value_of(text: str, expression: str) -> str:
    found = {t.text: t.value for t in find_timexes(text, PUBLISHED, sentences(text))}
    return found[expression]


@pytest.mark.parametrize(
    ("sentence", "day", "value"),
    [
        (
            "The Orrin ferry opened a week after its normal opening date of April 12.",
            "April 12",
            "XXXX-04-12",
        ),
        ("Lake Tarsk usually freezes over by November 20.", "November 20", "XXXX-11-20"),
        ("In a typical year, the first frost comes by October 15.", "October 15", "XXXX-10-15"),
        ("Kelby marks its founding on May 4 every year.", "May 4", "XXXX-05-04"),
    ],
)
def test_a_day_kept_every_year_is_of_no_year(sentence, day, value):
    assert value_of(sentence, day) == value


@pytest.mark.parametrize(
    ("sentence", "day", "value"),
    [
        ("As usual, the Kelby assembly opened on April 14.", "April 14", "2031-04-14"),
        ("The swallows came earlier than usual, on April 2.", "April 2", "2031-04-02"),
        (
            "The depot, which normally opens on weekdays, shut on April 15.",
            "April 15",
            "2031-04-15",
        ),
        ("Unusually heavy snow fell on April 16.", "April 16", "2031-04-16"),
    ],
)
def test_a_day_of_this_year_stays_this_years(sentence, day, value):
    assert value_of(sentence, day) == value
