"""What a verb of making ready is for comes after the telling (#13): "Crews are bracing
for strong winds on Saturday", told on a Wednesday, is the Saturday to come, not the one
gone by, as one readies for what has not yet come; told in the past ("were bracing"), the
day may be gone by."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

WEDNESDAY = date(2031, 3, 12)


def value_of(text: str, expression: str) -> str:
    found = {t.text: t.value for t in find_timexes(text, WEDNESDAY, sentences(text))}
    return found[expression]


@pytest.mark.parametrize(
    ("sentence", "day", "value"),
    [
        ("Crews in Orrin are bracing for strong winds on Saturday.", "Saturday", "2031-03-15"),
        ("Tarsk is preparing for heavy rain on Friday, officials said.", "Friday", "2031-03-14"),
        ("Schools are gearing up for exams on Monday.", "Monday", "2031-03-17"),
        ("The league is getting ready for the final on Sunday.", "Sunday", "2031-03-16"),
        (
            "Rangers have used the lull to prepare for a hot, windy day on Friday.",
            "Friday",
            "2031-03-14",
        ),
    ],
)
def test_a_day_readied_for_is_to_come(sentence, day, value):
    assert value_of(sentence, day) == value


def test_readying_told_in_the_past_or_other_verbs_keep_the_day_gone_by():
    assert value_of("Crews were bracing for a storm on Friday.", "Friday") == "2031-03-07"
    assert value_of("The team prepared for the final on Sunday.", "Sunday") == "2031-03-09"
    assert value_of("Police are appealing for witnesses to a crash on Sunday.", "Sunday") == (
        "2031-03-09"
    )
