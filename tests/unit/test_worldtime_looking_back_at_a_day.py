"""A day in the possessive that a verb or a noun of looking back takes names a thing gone
by (#13): "Officials will investigate Monday's blast", read on a Wednesday, is the Monday
before, not the one to come, as one investigates, mourns or condemns what has happened."""

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
        ("Kelby officials will investigate Monday's blast.", "Monday's", "2031-03-10"),
        ("Police continue to investigate Sunday's shooting in Tarsk.", "Sunday's", "2031-03-09"),
        ("The inquiry into Tuesday's crash continues.", "Tuesday's", "2031-03-11"),
        ("Aid will flow to Orrin in the aftermath of Monday's quake.", "Monday's", "2031-03-10"),
    ],
)
def test_a_day_looked_back_at_is_gone_by(sentence, day, value):
    assert value_of(sentence, day) == value


def test_a_day_of_the_looking_itself_or_of_a_plan_stays_to_come():
    assert value_of("The Kelby committee will review the bill on Tuesday.", "Tuesday") == (
        "2031-03-18"
    )
    assert value_of("Turnout will be low in Saturday's vote in Tarsk.", "Saturday's") == (
        "2031-03-15"
    )
