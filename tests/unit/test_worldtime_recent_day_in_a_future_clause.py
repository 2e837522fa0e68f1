"""A day a few weeks gone by, named without a year in a clause that looks ahead, is the
one gone by (#13): "Ballots from the March 3 vote will be counted again", read on
20 March, names this year's March 3 (the clause refers back to it), not next year's, as
a plan nearly a year off is told with its year."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes


def value_of(text: str, expression: str, published: date) -> str:
    found = {t.text: t.value for t in find_timexes(text, published, sentences(text))}
    return found[expression]


@pytest.mark.parametrize(
    ("sentence", "day", "published", "value"),
    [
        (
            "Ballots from the Orrin vote on March 3 will be counted again.",
            "March 3",
            date(2031, 3, 20),
            "2031-03-03",
        ),
        (
            "Forecasters had said the rains will reach Kelby by June 15.",
            "June 15",
            date(2031, 7, 1),
            "2031-06-15",
        ),
        # further back, the clause's own direction: the one to come
        (
            "Talks in Tarsk will resume on November 30.",
            "November 30",
            date(2031, 1, 1),
            "2031-11-30",
        ),
        ("The Kelby fair will open on May 2.", "May 2", date(2031, 6, 5), "2032-05-02"),
    ],
)
def test_a_future_clause_names_a_day_gone_by_only_a_few_weeks_back(sentence, day, published, value):
    assert value_of(sentence, day, published) == value
