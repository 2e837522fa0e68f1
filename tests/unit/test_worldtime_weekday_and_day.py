"""A weekday and a day of the month with no month name the day of that number that falls
on that weekday (#13): "The vote will take place on Thursday 19th", read on Wednesday
11 March, is March 19, not the Thursday after the publication alone."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

WEDNESDAY = date(2031, 3, 12)


def found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, WEDNESDAY, sentences(text))]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The Kelby vote will take place on Thursday 20th.", "Thursday 20th", "2031-03-20"),
        ("The Tarsk fair closed on Sunday the 9th.", "Sunday the 9th", "2031-03-09"),
        ("The Orrin levy fell due on Friday 28th.", "Friday 28th", "2031-02-28"),
    ],
)
def test_a_weekday_and_a_day_name_that_date(sentence, expression, value):
    assert found(sentence) == [(expression, value)]


def test_a_count_after_a_weekday_is_no_day():
    assert found("On Thursday 19 people died in Kelby.") == [("Thursday", "2031-03-06")]
