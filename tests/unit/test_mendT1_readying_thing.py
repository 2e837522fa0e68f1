"""A time inside the thing readied for that belongs to something gone by stays gone by
(#13): "Crews are preparing for more snow after blizzards on Tuesday", told on a Thursday,
is the Tuesday gone by (the blizzards came before), and "steel" or "gear" without "up" or
whom they ready are nouns or other verbs ("The yard shipped steel for the pier on Monday")."""

from __future__ import annotations

from datetime import date

import pytest

from reader.parsing.text import sentences
from reader.parsing.timex import find_timexes

THURSDAY = date(2032, 5, 13)


def value_of(text: str, expression: str) -> str:
    found = {t.text: t.value for t in find_timexes(text, THURSDAY, sentences(text))}
    return found[expression]


@pytest.mark.parametrize(
    ("sentence", "day", "value"),
    [
        ("The Dunmere yard shipped steel for the pier on Monday.", "Monday", "2032-05-10"),
        ("Hikers left their gear for the Varn patrol on Tuesday.", "Tuesday", "2032-05-11"),
        (
            "Farmers are preparing for more snow after blizzards on Tuesday.",
            "Tuesday",
            "2032-05-11",
        ),
        (
            "Guards are preparing for the hearing of the women detained on Monday.",
            "Monday",
            "2032-05-10",
        ),
        (
            "Ostrey is bracing for more damage since the dam broke on Tuesday.",
            "Tuesday",
            "2032-05-11",
        ),
    ],
)
def test_a_time_of_what_came_before_stays_gone_by(sentence, day, value):
    assert value_of(sentence, day) == value


@pytest.mark.parametrize(
    ("sentence", "day", "value"),
    [
        ("Pickers are gearing up for the harvest on Monday.", "Monday", "2032-05-17"),
        ("The Varn crew is steeling itself for the gale on Saturday.", "Saturday", "2032-05-15"),
        ("Ostrey is preparing for the storm expected on Saturday.", "Saturday", "2032-05-15"),
    ],
)
def test_a_time_of_the_thing_readied_for_still_looks_ahead(sentence, day, value):
    assert value_of(sentence, day) == value
