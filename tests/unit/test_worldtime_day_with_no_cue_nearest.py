"""A day named without a year and with no tense to say which is the nearest such day, up
to six months ahead (#13): "Counting on May 16", a headline read in March, names the May
16 to come, not the one ten months gone by."""

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
            "Orrin polls in five phases, counting on May 16",
            "May 16",
            date(2031, 3, 5),
            "2031-05-16",
        ),
        ("May 19 is the last day of polling in Kelby.", "May 19", date(2031, 3, 10), "2031-05-19"),
        # further ahead than six months, or just gone by: the one gone by
        ("Record crowds at Kelby fair on October 3", "October 3", date(2031, 3, 10), "2030-10-03"),
        ("Tarsk minister resigns on December 28", "December 28", date(2031, 1, 3), "2030-12-28"),
    ],
)
def test_a_day_with_no_cue_is_the_nearest(sentence, day, published, value):
    assert value_of(sentence, day, published) == value
