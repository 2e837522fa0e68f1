"""A year told right after a day named without one is the day's (#13): "The mill burned on
July 26 in 1987" dates July 26, 1987, not the last July 26 before the publication."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

PUBLISHED = date(2031, 9, 2)


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, PUBLISHED, sentences(text))}


@pytest.mark.parametrize(
    ("sentence", "day", "value"),
    [
        ("The Orrin mill burned on July 26 in 1987.", "July 26", "1987-07-26"),
        ("Kelby was founded on 4 March of 1852 by traders.", "4 March", "1852-03-04"),
        ("The Tarsk bridge opened on March 3 in the year 2000.", "March 3", "2000-03-03"),
    ],
)
def test_the_year_after_the_day_is_its_year(sentence, day, value):
    values = found(sentence)
    assert values[day] == value
    assert value[:4] in values.values()  # the year stays a time of its own


def test_a_day_without_a_year_after_it_keeps_the_nearest_year():
    assert found("The Orrin mill burned on July 26 in the night.")["July 26"] == "2031-07-26"
