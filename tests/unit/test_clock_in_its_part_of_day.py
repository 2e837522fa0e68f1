"""A clock with no a.m. or p.m. joined to a day's afternoon, evening or night is in that
part of the day ("at 8:30 on Friday evening" is 20:30), as TimeML values it; a clock that
says a.m. or p.m., or in 24 hours ("09:30"), stays; one after midnight ("2:15 Saturday
night") is on the next day."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing import analyse

TOLD = date(2019, 5, 12)  # a Sunday


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The vigil in Tarsk began at 8:30 on Friday evening.", "2019-05-10T20:30"),
        ("The Kelby rally ended at 4:10 on Friday afternoon.", "2019-05-10T16:10"),
        ("Fireworks lit the Ostra bridge at 10:15 Saturday night.", "2019-05-11T22:15"),
        ("The Kelby vote closed at 7:45 p.m. on Friday evening.", "2019-05-10T19:45"),
        ("The Ostra race started at 09:30 on Saturday morning.", "2019-05-11T09:30"),
        ("Shots were heard in Tarsk at 2:15 Saturday night.", "2019-05-12T02:15"),
        ("The Tarsk concert ran until 12:30 Saturday night.", "2019-05-12T00:30"),
        ("The Kelby session resumed at 11:15 on Friday afternoon.", "2019-05-10T11:15"),
        ("The Kelby market opened at 11:30 on Friday morning.", "2019-05-10T11:30"),
    ],
)
def test_a_clock_takes_the_part_of_its_day(sentence, value):
    values = [t.value for t in analyse(sentence, TOLD).timexes]
    assert value in values
